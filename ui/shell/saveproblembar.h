#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// Shown at the top of a page whose last save failed: what went wrong, and Retry. It stays until
// a save succeeds, so the user knows the file is older than what the page shows.
class SaveProblemBar : public QFrame
{
    Q_OBJECT

public:
    explicit SaveProblemBar(QWidget *parent = nullptr);

    void showProblem(const QString &message);

signals:
    void retryRequested();

private:
    QLabel *m_message;
    QPushButton *m_retry;
};
