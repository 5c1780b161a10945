#include "requestlog/requestcomparedialog.h"

#include "braze/log/exchangediff.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Braze;

namespace {

constexpr int ChangeRole = Qt::UserRole + 1;

QString columnTitle(const RequestLogEntry &entry)
{
    return QStringLiteral("%1 · %2 · %3").arg(entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")), entry.workspace,
                                             entry.httpStatus ? QString::number(entry.httpStatus) : QStringLiteral("—"));
}

} // namespace

RequestCompareDialog::RequestCompareDialog(const RequestLogEntry &first, const RequestLogEntry &second, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this))
    , m_onlyDifferences(new QCheckBox(tr("Only differences"), this))
{
    setWindowTitle(tr("Compare requests"));
    setObjectName(QStringLiteral("compareDialog"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Field"), columnTitle(first), columnTitle(second)});
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->header()->setStretchLastSection(true);

    // Differences are bold with the palette's highlight behind them, so they stand out in light
    // and dark themes alike.
    QColor marked = palette().color(QPalette::Highlight);
    marked.setAlpha(60);
    for (const ExchangeDiffRow &row : ExchangeDiff::compare(first, second)) {
        auto *item = new QTreeWidgetItem(m_table, {row.field, row.first, row.second});
        item->setData(0, ChangeRole, int(row.change));
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, item->text(column));
        if (row.change == ExchangeDiffRow::Change::Same)
            continue;
        ++m_differences;
        QFont bold = m_table->font();
        bold.setBold(true);
        for (int column = 0; column < 3; ++column) {
            item->setFont(column, bold);
            item->setBackground(column, marked);
        }
        if (row.change == ExchangeDiffRow::Change::OnlyFirst)
            item->setText(2, tr("(missing)"));
        else if (row.change == ExchangeDiffRow::Change::OnlySecond)
            item->setText(1, tr("(missing)"));
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(1, 320);

    auto *summary = new QLabel(m_differences == 0 ? tr("The two requests and their answers are the same.")
                                                  : tr("%n field(s) differ.", nullptr, m_differences),
                               this);
    summary->setObjectName(QStringLiteral("compareSummary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(summary, 1);
    top->addWidget(m_onlyDifferences);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    m_onlyDifferences->setChecked(m_differences > 0);
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &RequestCompareDialog::applyOnlyDifferences);
    applyOnlyDifferences();
    resize(1000, 620);
}

void RequestCompareDialog::applyOnlyDifferences()
{
    const bool only = m_onlyDifferences->isChecked();
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        item->setHidden(only && item->data(0, ChangeRole).toInt() == int(ExchangeDiffRow::Change::Same));
    }
}
