#pragma once

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Braze {
class RequestLogFilter;
class RequestLogModel;
struct RequestLogEntry;
}

// The Request log page: every request and response of every workspace, with filters
// (workspace, status class, endpoint), a detail view with pretty-printed JSON, "Copy as cURL"
// (the key stays a placeholder unless "Include API key" is ticked), export as JSON and clear.
class RequestLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogPage(Braze::RequestLogModel *log, QWidget *parent = nullptr);

    // Where "Include API key" gets a workspace's key from; without a provider the box is disabled.
    void setApiKeyProvider(std::function<QString(const QString &workspace)> provider);
    // Shows the exchange of this call (a workflow step's "Show in the request log"): clears the
    // filters if they hide it. Returns false when the log no longer holds it.
    Q_INVOKABLE bool selectCall(quint64 callId);
    // The cURL command of the selected row (what "Copy as cURL" puts on the clipboard).
    QString curlForSelection() const;
    // Writes the rows the filters show to a JSON file; false and a message box text on failure.
    bool exportTo(const QString &fileName, QString *errorMessage);

private:
    void refreshFilterChoices();
    void applyFilters();
    void showSelection();
    void copyCurl();
    void chooseExportFile();
    const Braze::RequestLogEntry *selectedEntry() const;

    Braze::RequestLogModel *m_log;
    Braze::RequestLogFilter *m_filter;
    std::function<QString(const QString &)> m_keyProvider;
    QComboBox *m_workspaceFilter;
    QComboBox *m_statusFilter;
    QComboBox *m_endpointFilter;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QCheckBox *m_includeKey;
    QPushButton *m_copyCurl;
    QLabel *m_status;
};
