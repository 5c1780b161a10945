#pragma once

#include "users/savedtestuser.h"
#include "webhook/audience/audiencegroup.h"
#include "webhook/audience/audienceinput.h"
#include "webhook/previewuser.h"
#include "webhook/webhooktemplate.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class PreviewPane;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
namespace Braze {
class BrazeClient;
class UserIdentifier;
}
namespace Webhook {
class AudienceFetcher;
class AudiencePreview;
}

// "Preview for an audience": renders the template for many users on a worker thread (the
// sandbox's users, the saved test users, a users file, or users fetched by identifier) and shows
// the summary: sent / aborted / broken by reason, users without an attribute, every output's
// empty and default counts with its most common values, body sizes. Each group opens its users;
// a user opens the exact request; two users open side by side.
class AudienceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source { SandboxUsers, SavedTestUsers, UsersFile, Identifiers };

    explicit AudienceDialog(QWidget *parent = nullptr);
    ~AudienceDialog() override;

    void setTemplate(const Webhook::WebhookTemplate &webhook) { m_template = webhook; }
    void setClient(Braze::BrazeClient *client, bool sandboxWorkspace);
    void setSavedTestUsers(const QList<Users::SavedTestUser> &users) { m_savedUsers = users; }

    void setSource(Source source);
    void setUsersFile(const QString &path);
    void setIdentifiers(const QString &text);
    // Starts the preview from the chosen source.
    void run();
    void cancel();
    // Opens the compare view for the two users selected in the summary.
    void compareSelected();

    QTreeWidget *summaryTree() const { return m_tree; }
    PreviewPane *requestView() const { return m_request; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    Webhook::AudiencePreview *preview() const { return m_preview; }
    // The item of a summary group whose text starts with `text` (tests and keyboard search).
    QTreeWidgetItem *findGroup(const QString &text) const;

signals:
    void audienceFinished(bool cancelled);

private:
    void start(std::shared_ptr<Webhook::AudienceInput> input);
    void fetch(const QList<Braze::UserIdentifier> &users);
    void showProgress(qint64 done, qint64 total, qint64 users);
    void showSummary(bool cancelled, const QString &error);
    void openUser(QTreeWidgetItem *item);
    void loadUser(const Webhook::AudienceUserRef &ref, std::function<void(const Webhook::PreviewUser &)> done);
    void setRunning(bool running);
    QTreeWidgetItem *addUsers(QTreeWidgetItem *parent, const QString &text, const Webhook::AudienceGroup &group);

    Webhook::WebhookTemplate m_template;
    QPointer<Braze::BrazeClient> m_client;
    bool m_sandbox = false;
    QList<Users::SavedTestUser> m_savedUsers;
    Webhook::AudiencePreview *m_preview;
    QPointer<Webhook::AudienceFetcher> m_fetcher;
    Source m_runSource = Source::UsersFile;
    QString m_runFile;
    QComboBox *m_source;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QPlainTextEdit *m_identifiers;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_compare;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_tree;
    PreviewPane *m_request;
};
