#include "webhook/foldingsplitter.h"

#include "shell/taborder.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>

FoldingSplitter::FoldingSplitter(QWidget *list, QWidget *editor, QTabWidget *tabs, QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(this))
    , m_list(list)
    , m_editor(editor)
    , m_tabs(tabs)
{
    // Tab titles are never cut ("Partner-S…"): a tab bar that does not fit folds the page instead.
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

int FoldingSplitter::sideBySideWidth() const
{
    int tabs = m_tabs->minimumSizeHint().width();
    if (m_folded) {
        // The tabs as they would be without the editor: their widest page and their bar.
        int pages = 0;
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i) != m_editor)
                pages = std::max(pages, m_tabs->widget(i)->minimumSizeHint().width());
        }
        const int frame = 2 * m_tabs->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_tabs);
        const int bar = m_tabs->tabBar()->sizeHint().width() - m_tabs->tabBar()->tabRect(m_tabs->indexOf(m_editor)).width();
        tabs = std::max(pages + frame, bar);
    }
    return m_list->minimumSizeHint().width() + m_editor->minimumSizeHint().width() + tabs + 2 * m_splitter->handleWidth();
}

QSize FoldingSplitter::minimumSizeHint() const
{
    // Never more than the folded arrangement needs: the width decides the arrangement, not the
    // other way round.
    const QSize side = m_splitter->minimumSizeHint();
    const int folded = m_list->minimumSizeHint().width() + m_splitter->handleWidth()
                       + std::max(m_editor->minimumSizeHint().width(), m_tabs->minimumSizeHint().width());
    return {std::min(side.width(), folded), side.height() + m_tabs->tabBar()->sizeHint().height()};
}

void FoldingSplitter::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setFolded(width() < sideBySideWidth());
}

void FoldingSplitter::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_folded)
        m_tabs->setTabText(0, tr("Template"));
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        setFolded(width() < sideBySideWidth());
}

void FoldingSplitter::setFolded(bool folded)
{
    if (folded == m_folded)
        return;
    m_folded = folded;
    const bool hadFocus = m_editor->isAncestorOf(focusWidget());
    if (folded) {
        m_tabs->insertTab(0, m_editor, tr("Template"));
        m_tabs->setCurrentIndex(0);
        TabOrder::placeFirst(m_tabs, {m_tabs->tabBar()});   // the tabs above the editor now inside them
    } else {
        m_tabs->removeTab(m_tabs->indexOf(m_editor));
        m_splitter->insertWidget(1, m_editor);
        m_editor->show();
    }
    if (hadFocus)
        m_editor->setFocus();
}
