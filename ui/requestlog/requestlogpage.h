#pragma once

#include <QWidget>
#include <functional>

class ConsoleSession;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class RequestLogFilterBar;

namespace Braze {
class RequestLogFilter;
class RequestLogModel;
struct RequestLogEntry;
}

// The Request log page: every request and response of every workspace, with combined filters
// (search, workspace, answer, endpoint, time; the start-up permission check hidden unless asked),
// a detail view with pretty-printed JSON, copies as cURL or HTTPie (the key stays a placeholder
// unless "Include API key" is ticked) and of the response, "Send again" (to the active workspace
// or the one it went to; a write asks first), a side-by-side comparison of two entries, export
// as JSON and clear.
class RequestLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogPage(Braze::RequestLogModel *log, QWidget *parent = nullptr);

    // Where "Include API key" gets a workspace's key from; without a provider the box is disabled.
    void setApiKeyProvider(std::function<QString(const QString &workspace)> provider);
    // Where "Send again" sends; without a session the button stays disabled.
    void setSession(ConsoleSession *session);
    // Sends the selected entry again (asks first when it changes data). Returns false when
    // nothing was sent (a problem shown on the page, or the user said no).
    bool sendAgain(bool toOriginalWorkspace);
    // Opens the comparison of the two selected entries, or of a "Send again" and its original.
    void compareSelection();
    // Shows the exchange of this call (a workflow step's "Show in the request log"): clears the
    // filters if they hide it. Returns false when the log no longer holds it.
    Q_INVOKABLE bool selectCall(quint64 callId);
    // What the copy buttons put on the clipboard for the selected row.
    QString curlForSelection() const;
    QString httpieForSelection() const;
    // Writes the rows the filters show to a JSON file; false and a message box text on failure.
    bool exportTo(const QString &fileName, QString *errorMessage);

signals:
    // "Open in composer": the selected Braze call, to be edited and sent from the Request composer.
    void openInComposerRequested(const Braze::RequestLogEntry &entry);

private:
    void showSelection();
    void copyToClipboard(const QString &text, const QString &confirmation);
    void chooseExportFile();
    QList<const Braze::RequestLogEntry *> selectedEntries() const;
    const Braze::RequestLogEntry *selectedEntry() const;
    // The two entries "Compare" would show, or nothing.
    QList<const Braze::RequestLogEntry *> comparePair() const;
    QString keyForCopy(const Braze::RequestLogEntry &entry) const;

    Braze::RequestLogModel *m_log;
    Braze::RequestLogFilter *m_filter;
    RequestLogFilterBar *m_filterBar;
    std::function<QString(const QString &)> m_keyProvider;
    ConsoleSession *m_session = nullptr;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QCheckBox *m_includeKey;
    QPushButton *m_sendAgain;
    QPushButton *m_compare;
    QPushButton *m_openInComposer;
    QPushButton *m_copyCurl;
    QPushButton *m_copyHttpie;
    QPushButton *m_copyResponse;
    QLabel *m_status;
};
