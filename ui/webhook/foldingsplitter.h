#pragma once

#include <QWidget>

class QSplitter;
class QTabWidget;

// The webhook builder's columns: the template list, the editor and the tabs with the preview.
// Side by side when the page is wide enough for all three; otherwise (German or French at
// 1280×800) the editor folds into the tabs as their first tab, so the page never needs a
// horizontal scroll bar.
class FoldingSplitter : public QWidget
{
    Q_OBJECT

public:
    FoldingSplitter(QWidget *list, QWidget *editor, QTabWidget *tabs, QWidget *parent = nullptr);

    bool isFolded() const { return m_folded; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int sideBySideWidth() const;
    void setFolded(bool folded);

    QSplitter *m_splitter;
    QWidget *m_list;
    QWidget *m_editor;
    QTabWidget *m_tabs;
    bool m_folded = false;
};
