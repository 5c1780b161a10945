#include "partnersettingsform.h"
#include "style/statuscolours.h"

#include "integrations/fieldvalidator.h"
#include "integrations/integrationtext.h"
#include "integrations/partnerconfigstore.h"
#include "integrations/placeholders.h"
#include "integrations/subscriptiongroupcheck.h"
#include "partnerpagecontext.h"
#include "tablefieldeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Integrations;

PartnerSettingsForm::PartnerSettingsForm(const PartnerDescription &partner, const PartnerPageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_partner(partner)
    , m_context(context)
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const FieldSpec &field : partner.fields) {
        QWidget *editor = nullptr;
        if (field.isTable()) {
            auto *table = new TableFieldEditor(field, this);
            connect(table, &TableFieldEditor::edited, this, &PartnerSettingsForm::revalidate);
            editor = table;
        } else if (field.type == QLatin1String("choice")) {
            auto *combo = new QComboBox(this);
            combo->addItems(field.choices);
            connect(combo, &QComboBox::currentTextChanged, this, &PartnerSettingsForm::revalidate);
            editor = combo;
        } else {
            auto *line = new QLineEdit(this);
            line->setClearButtonEnabled(true);
            if (field.isSecret()) {
                line->setEchoMode(QLineEdit::PasswordEchoOnEdit);
                line->setPlaceholderText(tr("kept in the keychain"));
            }
            connect(line, &QLineEdit::textChanged, this, &PartnerSettingsForm::revalidate);
            editor = line;
        }
        editor->setObjectName(field.id);
        m_editors.insert(field.id, editor);

        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        if (field.type == QLatin1String("subscription-group"))
            column->addLayout(withGroupCheck(field, editor));
        else
            column->addWidget(editor);
        auto *problem = new QLabel(this);
        problem->setObjectName(field.id + QStringLiteral("Problem"));
        StatusColours::apply(problem, StatusColours::Role::Error);
        problem->setWordWrap(true);
        problem->hide();
        m_problems.insert(field.id, problem);
        column->addWidget(problem);
        if (!field.helpId.isEmpty()) {
            auto *help = new QLabel(IntegrationText::text(field.helpId), this);
            help->setWordWrap(true);
            help->setStyleSheet(QStringLiteral("color: palette(mid);"));
            column->addWidget(help);
        }
        form->addRow(IntegrationText::text(field.labelId), column);
    }

    m_save->setObjectName(QStringLiteral("saveSettings"));
    auto *sandbox = new QPushButton(tr("Use the sandbox's demo IDs"), this);
    sandbox->setObjectName(QStringLiteral("sandboxValues"));
    sandbox->setToolTip(tr("Fills in the IDs of the built-in sandbox's demo workspace, to rehearse without Braze."));
    auto *revertButton = new QPushButton(tr("Revert"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(sandbox);
    buttons->addWidget(revertButton);
    buttons->addWidget(m_save);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &PartnerSettingsForm::save);
    connect(sandbox, &QPushButton::clicked, this, &PartnerSettingsForm::fillWithSandboxValues);
    connect(revertButton, &QPushButton::clicked, this, &PartnerSettingsForm::revert);
}

void PartnerSettingsForm::setWorkspace(const QString &workspaceId, bool sandbox)
{
    m_workspaceId = workspaceId;
    QString error;
    m_saved = sandbox && !m_context.configStore.hasSaved(workspaceId, m_partner.id) ? PartnerConfigStore::sandboxValues(m_partner)
                                                                                      : m_context.configStore.load(workspaceId, m_partner, &error);
    setValues(m_saved);
    m_status->setText(error);
    for (const FieldSpec &field : m_partner.fields) {
        if (!field.isSecret())
            continue;
        // The keychain answers later; the editor may be gone by then.
        QPointer<QLineEdit> line = qobject_cast<QLineEdit *>(m_editors.value(field.id));
        m_context.configStore.readSecret(workspaceId, m_partner.id, field.id, [line, this](std::optional<QString> value) {
            if (line && value) {
                m_loading = true;
                line->setText(*value);
                m_loading = false;
            }
        });
    }
    emit configChanged(m_saved);
}

void PartnerSettingsForm::setValues(const QJsonObject &values)
{
    m_loading = true;
    for (const FieldSpec &field : m_partner.fields) {
        QWidget *editor = m_editors.value(field.id);
        if (auto *table = qobject_cast<TableFieldEditor *>(editor)) {
            table->setContext(values);
            table->setRows(values.value(field.id).toArray());
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentText(values.value(field.id).toString(field.defaultValue));
        } else if (auto *line = qobject_cast<QLineEdit *>(editor); line && !field.isSecret()) {
            line->setText(Placeholders::toText(values.value(field.id)));
        }
    }
    m_loading = false;
    revalidate();
}

QJsonObject PartnerSettingsForm::values() const
{
    QJsonObject values;
    for (const FieldSpec &field : m_partner.fields) {
        QWidget *editor = m_editors.value(field.id);
        if (field.isSecret())
            continue;
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            values.insert(field.id, combo->currentText());
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            values.insert(field.id, line->text().trimmed());
    }
    for (const FieldSpec &field : m_partner.fields) {
        if (auto *table = qobject_cast<TableFieldEditor *>(m_editors.value(field.id)))
            values.insert(field.id, FieldValidator::withDerivedColumns(field, table->rows(), values));
    }
    return values;
}

QString PartnerSettingsForm::problemText(const QString &fieldId) const
{
    const QLabel *label = m_problems.value(fieldId);
    return label && !label->isHidden() ? label->text() : QString();
}

bool PartnerSettingsForm::hasProblems() const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(), [](const QLabel *l) { return !l->isHidden(); });
}

void PartnerSettingsForm::revalidate()
{
    const QJsonObject current = values();
    for (const FieldSpec &field : m_partner.fields) {
        QString problem;
        if (auto *table = qobject_cast<TableFieldEditor *>(m_editors.value(field.id))) {
            table->setContext(current);
            problem = table->problem();
            if (problem.isEmpty() && field.required && table->rows().isEmpty())
                problem = tr("Add at least one row.");
        } else if (!field.isSecret()) {
            const FieldCheck check = FieldValidator::check(field, current.value(field.id));
            problem = check.isWrong() ? check.message : QString();
        }
        m_problems.value(field.id)->setText(problem);
        m_problems.value(field.id)->setVisible(!problem.isEmpty());
    }
    m_save->setEnabled(!hasProblems());
    if (!m_loading)
        m_status->setText(current == m_saved ? QString() : tr("Not saved yet."));
}

bool PartnerSettingsForm::save()
{
    revalidate();
    if (hasProblems()) {
        m_status->setText(tr("Correct the marked fields first."));
        return false;
    }
    const QJsonObject current = values();
    const QString error = m_context.configStore.save(m_workspaceId, m_partner, current);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return false;
    }
    for (const FieldSpec &field : m_partner.fields) {
        if (field.isSecret())
            m_context.configStore.writeSecret(m_workspaceId, m_partner.id, field.id, qobject_cast<QLineEdit *>(m_editors.value(field.id))->text());
    }
    m_saved = current;
    m_status->setText(tr("Saved for this workspace."));
    emit configChanged(m_saved);
    return true;
}

void PartnerSettingsForm::fillWithSandboxValues()
{
    setValues(PartnerConfigStore::sandboxValues(m_partner));
}

void PartnerSettingsForm::revert()
{
    setValues(m_saved);
}

QHBoxLayout *PartnerSettingsForm::withGroupCheck(const FieldSpec &field, QWidget *editor)
{
    auto *row = new QHBoxLayout;
    auto *button = new QPushButton(tr("Check in Braze"), this);
    button->setObjectName(field.id + QStringLiteral("Check"));
    button->setToolTip(tr("Asks Braze whether the workspace has this subscription group (a harmless read)."));
    auto *verdict = new QLabel(this);
    verdict->setObjectName(field.id + QStringLiteral("CheckResult"));
    verdict->setWordWrap(true);
    auto *check = new SubscriptionGroupCheck(this);
    row->addWidget(editor, 1);
    row->addWidget(button);
    row->addWidget(verdict, 1);
    connect(button, &QPushButton::clicked, this, [this, field, editor, check, verdict] {
        verdict->setText(tr("Checking…"));
        check->start(m_context.client ? m_context.client() : nullptr, qobject_cast<QLineEdit *>(editor)->text(), field.channel);
    });
    connect(check, &SubscriptionGroupCheck::checked, verdict, [verdict](const FieldCheck &result) {
        verdict->setText(result.isFine() ? tr("✔ The workspace has this group.") : result.message);
        if (result.isWrong() || result.isFine())
            StatusColours::apply(verdict, result.isWrong() ? StatusColours::Role::Error : StatusColours::Role::Success);
        else
            StatusColours::clear(verdict);
    });
    connect(qobject_cast<QLineEdit *>(editor), &QLineEdit::textChanged, verdict, &QLabel::clear);
    return row;
}
