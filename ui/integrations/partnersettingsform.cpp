#include "integrations/partnersettingsform.h"
#include "shell/taborder.h"
#include "style/fieldmessage.h"
#include "style/statuscolours.h"

#include "integrations/fieldvalidator.h"
#include "integrations/integrationtext.h"
#include "integrations/partnerconfigstore.h"
#include "integrations/placeholders.h"
#include "integrations/subscriptiongroupcheck.h"
#include "integrations/partnerpagecontext.h"
#include "integrations/tablefieldeditor.h"
#include "shell/statusnote.h"

#include "config/secretstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Integrations;
using namespace Config;

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
        auto *problem = new FieldMessage(this);
        problem->setObjectName(field.id + QStringLiteral("Problem"));
        m_problems.insert(field.id, problem);
        column->addWidget(problem);
        if (!field.helpId.isEmpty()) {
            auto *help = new QLabel(IntegrationText::text(field.helpId), this);
            help->setWordWrap(true);
            help->setForegroundRole(QPalette::PlaceholderText);
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
    TabOrder::placeLast(this, {sandbox, revertButton, m_save});   // made before the fields above them
    // One keychain entry per secret, also edited from the webhook builder's Partner secrets:
    // whichever place changes it, this form shows it at once.
    if (m_context.secrets) {
        connect(m_context.secrets, &SecretStore::secretChanged, this, [this](const QString &name) {
            for (const FieldSpec &field : m_partner.fields) {
                if (field.isSecret() && !m_workspaceId.isEmpty() && name == PartnerConfigStore::secretName(m_workspaceId, m_partner.id, field.id))
                    readSecret(field.id);
            }
        });
    }
    connect(m_save, &QPushButton::clicked, this, &PartnerSettingsForm::save);
    connect(sandbox, &QPushButton::clicked, this, &PartnerSettingsForm::fillWithSandboxValues);
    connect(revertButton, &QPushButton::clicked, this, &PartnerSettingsForm::revert);
}

void PartnerSettingsForm::setWorkspace(const QString &workspaceId, bool sandbox)
{
    m_workspaceId = workspaceId;
    QString error;
    m_saved = m_context.configStore.effective(workspaceId, sandbox, m_partner, &error);
    m_checks = m_context.configStore.checks(workspaceId, m_partner.id);
    m_savedSecrets.clear();
    setValues(m_saved);
    m_status->setText(error);
    for (const FieldSpec &field : m_partner.fields) {
        if (field.isSecret()) {
            m_loading = true;
            qobject_cast<QLineEdit *>(m_editors.value(field.id))->clear();
            m_loading = false;
            readSecret(field.id);
        }
    }
    emit configChanged(m_saved);
    emit secretsChanged();
    emit checksChanged();
}

void PartnerSettingsForm::readSecret(const QString &fieldId)
{
    // The keychain answers later; the form may show another workspace by then.
    QPointer<PartnerSettingsForm> self(this);
    const QString workspaceId = m_workspaceId;
    m_context.configStore.readSecret(workspaceId, m_partner.id, fieldId, [self, workspaceId, fieldId](std::optional<QString> value) {
        if (!self || self->m_workspaceId != workspaceId)
            return;
        auto *line = qobject_cast<QLineEdit *>(self->m_editors.value(fieldId));
        const QString previous = self->m_savedSecrets.value(fieldId);
        self->m_savedSecrets.insert(fieldId, value.value_or(QString()));
        // What the user is typing stays; an untouched field follows the keychain.
        if (line && line->text() == previous) {
            self->m_loading = true;
            line->setText(value.value_or(QString()));
            self->m_loading = false;
        }
        emit self->secretsChanged();
    });
}

QSet<QString> PartnerSettingsForm::secretsSet() const
{
    QSet<QString> set;
    for (auto it = m_savedSecrets.cbegin(); it != m_savedSecrets.cend(); ++it) {
        if (!it.value().isEmpty())
            set.insert(it.key());
    }
    return set;
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

void PartnerSettingsForm::continueEditing(const QJsonObject &typed)
{
    if (typed != values())
        setValues(typed);
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
    const FieldMessage *message = m_problems.value(fieldId);
    return message ? message->message() : QString();
}

bool PartnerSettingsForm::hasProblems() const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(), [](const FieldMessage *m) { return !m->message().isEmpty(); });
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
        m_problems.value(field.id)->setMessage(problem);
    }
    m_save->setEnabled(!hasProblems());
    showCheckVerdicts();
    if (!m_loading)
        m_status->setText(current == m_saved ? QString() : tr("Not saved yet."));
}

void PartnerSettingsForm::showCheckVerdicts()
{
    const QJsonObject current = values();
    for (auto it = m_checkVerdicts.cbegin(); it != m_checkVerdicts.cend(); ++it) {
        const QJsonObject check = m_checks.value(it.key()).toObject();
        QLabel *verdict = it.value();
        if (check.isEmpty() || check.value(QLatin1String("value")) != current.value(it.key())) {
            verdict->clear();   // an answer about another value
            continue;
        }
        const bool verified = check.value(QLatin1String("verdict")).toString() == QLatin1String("verified");
        verdict->setText(verified ? tr("✔ Braze confirmed it: the workspace has this group.") : tr("✘ Braze refused this value: %1").arg(check.value(QLatin1String("message")).toString()));
        StatusColours::apply(verdict, verified ? StatusColours::Role::Success : StatusColours::Role::Error);
    }
}

QStringList PartnerSettingsForm::refusedByBraze(const QJsonObject &values) const
{
    QStringList refused;
    for (const FieldSpec &field : m_partner.fields) {
        const QJsonObject check = m_checks.value(field.id).toObject();
        if (check.value(QLatin1String("verdict")).toString() == QLatin1String("refused") && check.value(QLatin1String("value")) == values.value(field.id))
            refused.append(tr("%1: %2").arg(IntegrationText::text(field.labelId), check.value(QLatin1String("message")).toString()));
    }
    return refused;
}

bool PartnerSettingsForm::save()
{
    revalidate();
    if (hasProblems()) {
        m_status->setText(tr("Correct the marked fields first."));
        return false;
    }
    const QJsonObject current = values();
    // A value Braze refused is saved only when the user insists; it stays marked afterwards.
    if (const QStringList refused = refusedByBraze(current); !refused.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Save a refused value?"),
            tr("Braze refused this when it was checked:\n%1\n\nSave it anyway? It stays marked until Braze confirms it.").arg(refused.join(QLatin1Char('\n'))),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save) {
            m_status->setText(tr("Not saved: correct the value Braze refused, or save it anyway."));
            return false;
        }
    }
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
    StatusNote::show(this, tr("%1 settings saved.").arg(IntegrationText::text(m_partner.titleId)));
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
    m_checkVerdicts.insert(field.id, verdict);
    auto checkedValue = std::make_shared<QString>();
    connect(button, &QPushButton::clicked, this, [this, field, editor, check, verdict, checkedValue] {
        verdict->setText(tr("Checking…"));
        *checkedValue = qobject_cast<QLineEdit *>(editor)->text().trimmed();
        check->start(m_context.client ? m_context.client() : nullptr, *checkedValue, field.channel);
    });
    connect(check, &SubscriptionGroupCheck::checked, verdict, [this, field, verdict, checkedValue](const FieldCheck &result) {
        verdict->setText(result.isFine() ? tr("✔ The workspace has this group.") : result.message);
        if (result.isWrong() || result.isFine())
            StatusColours::apply(verdict, result.isWrong() ? StatusColours::Role::Error : StatusColours::Role::Success);
        else
            StatusColours::clear(verdict);
        // Braze's answer is kept with the value it was given for: Requirements, the hand-off
        // sheet and the sidebar show it, and a refused value stays marked. "Could not check"
        // (offline, no permission) says nothing about the value and is not kept.
        if (result.verdict == FieldCheck::Verdict::NeedsConfirmation || m_workspaceId.isEmpty())
            return;
        const QString error = m_context.configStore.recordCheck(m_workspaceId, m_partner.id, field.id, *checkedValue, result.isFine(), result.message);
        if (!error.isEmpty())
            m_status->setText(error);
        m_checks = m_context.configStore.checks(m_workspaceId, m_partner.id);
        showCheckVerdicts();
        emit checksChanged();
    });
    return row;
}
