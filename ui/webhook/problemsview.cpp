#include "webhook/problemsview.h"

#include <QHeaderView>
#include <QStyle>

ProblemsView::ProblemsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Problem"), tr("Where"), tr("Line:Col")});
    setRootIsDecorated(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = indexOfTopLevelItem(item);
        if (index >= 0 && index < m_problems.size())
            emit problemActivated(m_problems.at(index));
    });
    connect(this, &QTreeWidget::itemClicked, this, &QTreeWidget::itemActivated);
}

void ProblemsView::setProblems(const QList<Webhook::WebhookProblem> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    clear();
    for (const Webhook::WebhookProblem &p : problems) {
        auto *item = new QTreeWidgetItem(this);
        item->setIcon(0, style()->standardIcon(p.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setText(0, p.message);
        item->setToolTip(0, p.message);
        item->setText(1, p.place());
        item->setText(2, p.line > 0 ? QStringLiteral("%1:%2").arg(p.line).arg(p.column) : QString());
    }
}
