#include "users/eventeditor.h"

#include "users/typedvalueedit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Users;

EventEditor::EventEditor(QWidget *parent)
    : ActionEditor(parent)
    , m_name(new QLineEdit(this))
    , m_properties(new QTableWidget(0, 2, this))
{
    m_name->setObjectName(QStringLiteral("eventName"));
    m_properties->setObjectName(QStringLiteral("eventProperties"));
    m_name->setPlaceholderText(tr("e.g. quikly_activation_joined"));
    m_properties->setHorizontalHeaderLabels({tr("Property"), tr("Type and value")});
    m_properties->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_properties->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add property"), this);
    auto *remove = new QPushButton(tr("Remove property"), this);
    add->setObjectName(QStringLiteral("addPropertyButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Event name:"), m_name);
    form->addRow(tr("Properties:"), m_properties);
    form->addRow(QString(), buttons);
    connect(m_name, &QLineEdit::textChanged, this, &ActionEditor::edited);
    connect(m_properties, &QTableWidget::itemChanged, this, &ActionEditor::edited);
    connect(add, &QPushButton::clicked, this, &EventEditor::addProperty);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_properties->currentRow() >= 0 ? m_properties->currentRow() : m_properties->rowCount() - 1;
        if (row >= 0)
            m_properties->removeRow(row);
        emit edited();
    });
}

void EventEditor::addProperty()
{
    const int row = m_properties->rowCount();
    m_properties->insertRow(row);
    m_properties->setItem(row, 0, new QTableWidgetItem);
    auto *value = new TypedValueEdit(m_properties, TypedValueEdit::ProblemDisplay::Inline);
    connect(value, &TypedValueEdit::edited, this, &ActionEditor::edited);
    m_properties->setCellWidget(row, 1, value);
    emit edited();
}

UserAction EventEditor::action() const
{
    QJsonObject properties;
    QStringList problems;
    for (int row = 0; row < m_properties->rowCount(); ++row) {
        const QString key = m_properties->item(row, 0) ? m_properties->item(row, 0)->text().trimmed() : QString();
        const auto *edit = qobject_cast<TypedValueEdit *>(m_properties->cellWidget(row, 1));
        if (key.isEmpty() && (!edit || edit->text().isEmpty()))
            continue; // an empty row is not a property
        QString problem;
        const QJsonValue value = edit ? edit->value(&problem) : QJsonValue();
        if (key.isEmpty())
            problems << tr("Row %1: the property needs a name.").arg(row + 1);
        else if (!problem.isEmpty())
            problems << tr("Property “%1”: %2").arg(key, problem);
        else
            properties.insert(key, value);
    }
    UserAction action = UserAction::logEvent(m_profile.trackIdentifier(), m_name->text().trimmed(), properties,
                                             QDateTime::currentDateTimeUtc());
    for (const QString &problem : std::as_const(problems))
        action.addProblem(QStringLiteral("properties"), problem);
    return action;
}
