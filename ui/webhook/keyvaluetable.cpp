#include "webhook/keyvaluetable.h"
#include "style/statuscolours.h"

#include "webhook/commands/rowpresencecommand.h"
#include "webhook/commands/setrowcommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using Webhook::TemplateDocument;

KeyValueTable::KeyValueTable(TemplateDocument::Table table, const QString &keyTitle, QWidget *parent)
    : QWidget(parent)
    , m_kind(table)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels({keyTitle, tr("Value (Liquid allowed)")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 160);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_remove->setObjectName(QStringLiteral("removeRow"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::cellChanged, this, &KeyValueTable::cellEdited);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        const int row = int(m_document->rows(m_kind).size());
        m_undoStack->push(new RowPresenceCommand(m_document, m_kind, row, RowPresenceCommand::Action::Insert));
        focusCell(row, false);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (m_document && row >= 0)
            m_undoStack->push(new RowPresenceCommand(m_document, m_kind, row, RowPresenceCommand::Action::Remove));
    });
}

void KeyValueTable::setDocument(TemplateDocument *document, QUndoStack *undoStack)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_undoStack = undoStack;
    if (document) {
        connect(document, &TemplateDocument::rowChanged, this, [this](TemplateDocument::Table table, int row) {
            if (table == m_kind)
                refreshRow(row);
        });
        connect(document, &TemplateDocument::rowsReset, this, [this](TemplateDocument::Table table) {
            if (table == m_kind)
                reload();
        });
    }
    reload();
}

void KeyValueTable::reload()
{
    m_loading = true;
    const int selected = currentRow();
    const int count = m_document ? int(m_document->rows(m_kind).size()) : 0;
    m_table->setRowCount(count);
    for (int row = 0; row < count; ++row)
        refreshRow(row);
    if (selected >= 0 && selected < count)
        m_table->selectRow(selected);
    m_loading = false;
}

void KeyValueTable::refreshRow(int row)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const Webhook::KeyValueRow &value = m_document->rows(m_kind).at(row);
    for (int column = 0; column < 2; ++column) {
        const QString text = column == 0 ? value.key : value.value;
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item)
            m_table->setItem(row, column, item = new QTableWidgetItem);
        if (item->text() != text)
            item->setText(text);
    }
    m_loading = wasLoading;
}

void KeyValueTable::cellEdited(int row, int column)
{
    if (m_loading || !m_document || row >= m_document->rows(m_kind).size())
        return;
    Webhook::KeyValueRow value = m_document->rows(m_kind).at(row);
    (column == 0 ? value.key : value.value) = m_table->item(row, column)->text();
    m_undoStack->push(new SetRowCommand(m_document, m_kind, row, value));
}

void KeyValueTable::setProblems(const QList<Webhook::WebhookProblem> &problems)
{
    using Field = Webhook::WebhookProblem::Field;
    const bool headers = m_kind == TemplateDocument::Table::Headers;
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item)
                continue;
            const Field field = column == 0 ? (headers ? Field::HeaderName : Field::PairKey)
                                            : (headers ? Field::HeaderValue : Field::PairValue);
            QStringList messages;
            bool error = false;
            for (const Webhook::WebhookProblem &p : problems) {
                if (p.field == field && p.row == row) {
                    messages.append(p.message);
                    error = error || p.isError();
                }
            }
            item->setToolTip(messages.join(QLatin1Char('\n')));
            item->setBackground(messages.isEmpty() ? QBrush()
                                                    : QBrush(StatusColours::background(error ? StatusColours::Role::Error : StatusColours::Role::Warning, palette())));
        }
    }
    m_loading = false;
}

int KeyValueTable::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? m_table->currentRow() : rows.first().row();
}

void KeyValueTable::appendToValue(int row, const QString &text)
{
    if (!m_document || row < 0 || row >= m_document->rows(m_kind).size())
        return;
    Webhook::KeyValueRow value = m_document->rows(m_kind).at(row);
    value.value += text;
    m_undoStack->push(new SetRowCommand(m_document, m_kind, row, value));
}

void KeyValueTable::focusCell(int row, bool value)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->setCurrentCell(row, value ? 1 : 0);
    m_table->setFocus();
}
