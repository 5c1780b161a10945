#include "users/attributeeditor.h"

#include "users/typedvalueedit.h"

#include "braze/validation/attributename.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Users;

namespace {
// Identifiers are changed by their own actions (alias, identify), never as attributes.
bool isEditableStandardField(const QString &name)
{
    static const QStringList identifiers{QStringLiteral("external_id"), QStringLiteral("braze_id"), QStringLiteral("alias_name"),
                                         QStringLiteral("alias_label"), QStringLiteral("push_tokens"), QStringLiteral("subscription_groups")};
    return !identifiers.contains(name);
}
} // namespace

AttributeEditor::AttributeEditor(QWidget *parent)
    : ActionEditor(parent)
    , m_name(new QComboBox(this))
    , m_value(new TypedValueEdit(this))
    , m_clear(new QCheckBox(tr("Clear: remove the attribute from the profile"), this))
{
    m_name->setObjectName(QStringLiteral("attributeName"));
    m_value->setObjectName(QStringLiteral("attributeValue"));
    m_clear->setObjectName(QStringLiteral("attributeClear"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->lineEdit()->setPlaceholderText(tr("e.g. loyalty_points or first_name"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Attribute:"), m_name);
    form->addRow(tr("New value:"), m_value);
    form->addRow(QString(), m_clear);
    connect(m_name, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        prefill(name);
        emit edited();
    });
    connect(m_value, &TypedValueEdit::edited, this, &ActionEditor::edited);
    connect(m_clear, &QCheckBox::toggled, this, [this](bool clear) {
        m_value->setEnabled(!clear);
        emit edited();
    });
}

void AttributeEditor::setProfile(const UserProfile &profile)
{
    m_profile = profile;
    const QString current = m_name->currentText();
    const QSignalBlocker blocker(m_name);
    m_name->clear();
    m_name->addItems(profile.customAttributes.keys());
    for (const QString &field : Braze::Validation::standardProfileFields()) {
        if (isEditableStandardField(field))
            m_name->addItem(field);
    }
    m_name->setEditText(current);
}

void AttributeEditor::prefill(const QString &name)
{
    const QJsonValue stored = m_profile.customAttributes.contains(name) ? m_profile.customAttributes.value(name)
                                                                         : m_profile.standardAttributes.value(name);
    if (!stored.isUndefined() && !stored.isNull())
        m_value->setValue(stored);
}

UserAction AttributeEditor::action() const
{
    const QString name = m_name->currentText();
    QString problem;
    QJsonValue value = QJsonValue::Null;
    if (!m_clear->isChecked())
        value = m_value->value(&problem);
    QJsonObject attributes;
    if (!name.isEmpty())
        attributes.insert(name, value.isUndefined() ? QJsonValue() : value);
    UserAction action = UserAction::setAttributes(m_profile.trackIdentifier(), attributes);
    if (name.isEmpty())
        return action;
    if (!isEditableStandardField(name))
        action.addProblem(name, tr("“%1” is an identifier; use the Alias or Identify tab to change it.").arg(name));
    if (!problem.isEmpty())
        action.addProblem(name, problem);
    return action;
}
