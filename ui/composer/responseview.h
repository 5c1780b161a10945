#pragma once

#include "braze/apiresult.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

// The answer to a composed request: status, timing and attempts on one line, the body as pretty
// JSON, and the headers with the rate-limit ones explained.
class ResponseView : public QWidget
{
    Q_OBJECT

public:
    explicit ResponseView(QWidget *parent = nullptr);

    void showResult(const Braze::ApiResult &result);
    // A line while the call runs or waits ("Sending…", "Waiting for the rate limit: 12 s").
    void showProgress(const QString &text);
    void clear();
    QString statusText() const;

private:
    QLabel *m_status;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_body;
    QTreeWidget *m_headers;
};
