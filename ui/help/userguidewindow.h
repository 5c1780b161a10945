#pragma once

#include "help/userguide.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

// Help › User guide: the guide in the user's language with its screenshots, a contents list and a
// search field. F1 opens it at the section of the current page (Help::PageSections). What a
// section is and where a term occurs is Help::UserGuide's business; this window shows it.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    // Scrolls to the section with this anchor (the guide's start when it has none).
    void showSection(const QString &anchor);
    // The anchor of the section shown at the top of the text.
    QString currentAnchor() const;
    const Help::UserGuide &guide() const { return m_guide; }

    // Lists the sections that mention the term and highlights its next occurrence; says so when
    // there is none.
    void search(const QString &term);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void load();
    void fitImages();
    void retranslate();
    void showSections(const QList<int> &sections);
    void followLink(const QUrl &url);
    void findNext(bool backward);

    Help::UserGuide m_guide;
    QLineEdit *m_search;
    QLabel *m_matches;
    QListWidget *m_contents;
    QTextBrowser *m_text;
};
