#include "users/typedvalueedit.h"

#include "style/fieldmessage.h"
#include "style/statuscolours.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>

using namespace Users;

TypedValueEdit::TypedValueEdit(QWidget *parent, ProblemDisplay display)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_text(new QLineEdit(this))
{
    m_type->setObjectName(QStringLiteral("valueType"));
    m_text->setObjectName(QStringLiteral("valueText"));
    for (AttributeType type : AttributeTypes::editable())
        m_type->addItem(AttributeTypes::displayName(type), int(type));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(0);
    layout->addWidget(m_type, 0, 0);
    layout->addWidget(m_text, 0, 1);
    layout->setColumnStretch(1, 1);
    if (display == ProblemDisplay::Below) {
        m_message = new FieldMessage(this);
        m_message->setObjectName(QStringLiteral("valueProblem"));
        layout->addWidget(m_message, 1, 1);
    }
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholder();
        showProblem();
        emit edited();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        showProblem();
        emit edited();
    });
    updatePlaceholder();
}

QString TypedValueEdit::problem() const
{
    if (m_text->text().isEmpty())
        return {};
    QString problem;
    value(&problem);
    return problem;
}

void TypedValueEdit::showProblem()
{
    const QString text = problem();
    if (text.isEmpty())
        StatusColours::clear(m_text);
    else
        StatusColours::apply(m_text, StatusColours::Role::Error, true);
    if (m_message)
        m_message->setMessage(text);
    else
        m_text->setToolTip(text);
}

AttributeType TypedValueEdit::type() const
{
    return AttributeType(m_type->currentData().toInt());
}

void TypedValueEdit::setType(AttributeType type)
{
    const int index = m_type->findData(int(type));
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

QString TypedValueEdit::text() const
{
    return m_text->text();
}

void TypedValueEdit::setValue(const QJsonValue &value)
{
    const AttributeType type = AttributeTypes::of(value);
    setType(AttributeTypes::editable().contains(type) ? type : AttributeType::String);
    m_text->setText(AttributeTypes::toText(value));
}

QJsonValue TypedValueEdit::value(QString *problem) const
{
    return AttributeTypes::parse(type(), m_text->text(), problem);
}

void TypedValueEdit::updatePlaceholder()
{
    switch (type()) {
    case AttributeType::Number: m_text->setPlaceholderText(tr("e.g. 42 or 3.5")); break;
    case AttributeType::Boolean: m_text->setPlaceholderText(tr("true or false")); break;
    case AttributeType::Time: m_text->setPlaceholderText(tr("e.g. 2025-04-01 or 2025-04-01T09:00:00Z")); break;
    case AttributeType::Array: m_text->setPlaceholderText(tr("e.g. red, green")); break;
    default: m_text->setPlaceholderText(tr("Text, up to 255 characters")); break;
    }
}
