#pragma once

#include "braze/endpoints.h"
#include "composer/composedrequest.h"

#include <QPointer>
#include <QWidget>

class ConsoleSession;
class EndpointPicker;
class FavouritesPanel;
class FieldMessage;
class JsonHighlighter;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QueryTable;
class ResponseView;
struct ComposerPlan;

namespace Braze {
class RequestHandle;
struct RequestLogEntry;
}

// The Request composer page, the GUI face of `braze-cli call`: pick a documented endpoint (its
// method, path and Braze's example fill in, and the permission it needs is shown with whether the
// active key has it), edit the JSON body (coloured, checked as typed, mistakes at line:column)
// and the query parameters, send it through the network layer like every other call (pacing,
// retries only where safe, Cancel) and read the answer. The request as typed is kept as a draft
// across restarts; named favourites are kept per workspace.
class ComposerPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerPage(ConsoleSession &session, QWidget *parent = nullptr);
    ~ComposerPage() override;

    ComposedRequest request() const;
    // Puts the request into the editors; the body is replaced as one edit (Ctrl+Z brings the
    // previous one back).
    void load(const ComposedRequest &request);
    // "Open in composer" from the request log.
    void openLogEntry(const Braze::RequestLogEntry &entry);
    // Chooses a documented endpoint as the picker does; false when the picker's search hides it.
    bool chooseEndpoint(Braze::Endpoint endpoint);
    // Sends the request after asking about what Braze will likely refuse; false when nothing was sent.
    bool send();
    void cancel();
    // Saves the request as a favourite of the active workspace under this name.
    void saveAsFavourite(const QString &name);
    QString permissionHint() const;
    QStringList bodyFindings() const;

protected:
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createRequestPane();
    QWidget *createSidePane();
    void edited();
    void refresh();
    void keepDraft();
    void followConnection();
    void setRunning(Braze::RequestHandle *handle);

    ConsoleSession &m_session;
    EndpointPicker *m_picker = nullptr;
    FavouritesPanel *m_favourites = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_permission = nullptr;
    FieldMessage *m_pathWarning = nullptr;
    QTabWidget *m_requestTabs = nullptr;
    QPlainTextEdit *m_body = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QListWidget *m_findings = nullptr;
    QueryTable *m_query = nullptr;
    ResponseView *m_response = nullptr;
    QLabel *m_status;
    QTimer *m_draftTimer = nullptr;
    QPointer<Braze::RequestHandle> m_running;
    QList<QMetaObject::Connection> m_permissionWatch;
    bool m_loading = false;
};
