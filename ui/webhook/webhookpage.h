#pragma once

#include "webhook/autosavestore.h"
#include "webhook/renderedrequest.h"
#include "webhook/settingreference.h"

#include <QMessageBox>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class ConsoleSession;
class AudienceDialog;
class PreviewPane;
class PreviewUserPanel;
class ProblemsView;
class RehearsalPanel;
class SecretsPanel;
class StubsPanel;
class SendTestPanel;
class TemplateEditor;
class TemplateListPanel;
class QDialog;
class QTimer;
#include "braze/brazeclient.h"
namespace Webhook {
struct CurlImport;
class PreviewScheduler;
class TemplateDocument;
class TemplateLibrary;
}

// Webhook templates: the library on the left, the editor with its problems in the middle, and
// the live preview of the exact request, the preview user, partner secrets and "send a test" on
// the right. Unsaved changes are autosaved every few seconds and offered back after a crash.
class WebhookPage : public QWidget
{
    Q_OBJECT

public:
    // libraryFolder: where templates are kept (empty: the platform's data folder).
    explicit WebhookPage(ConsoleSession &session, const QString &libraryFolder = QString(), QWidget *parent = nullptr);
    ~WebhookPage() override;

    // The API client of the active workspace (for user look-ups and test sends). In the Sandbox
    // workspace, sandboxBaseUrl is the sandbox's address: its webhook receiver is offered as target.
    void setConnection(Braze::BrazeClient *client, bool sandboxWorkspace, const QUrl &sandboxBaseUrl = QUrl());

    // Asks the user (through the confirm hook) before unsaved changes are lost. False: cancelled.
    bool confirmClose();
    // Offers drafts a crash left behind; restores the ones the user accepts.
    void offerRecovery();
    bool openTemplate(const QString &id);
    // Copies a preset (e.g. "quikly") into the library and opens it; partner pages call this.
    Q_INVOKABLE QString createFromPreset(const QString &presetId);
    bool save();
    void autosaveNow();
    // The audience preview of the open template (created on first use).
    AudienceDialog *openAudiencePreview();
    // The open template's request for the preview user next to itself, the right side editable.
    void openCompare();
    // Shows the cURL import dialog; an accepted import becomes a new template (createFromCurl).
    void importCurl();
    // A partner's Settings tab saved: templates that refer to its values ([[setting:…]]) follow.
    void partnerSettingsChanged();
    // The open template with the saved partner settings it refers to filled in: what is rendered.
    Webhook::WebhookTemplate resolvedTemplate() const;
    // Stores the import's credential in the keychain as a partner secret of this workspace and
    // saves and opens its template. Returns the new template's id.
    QString createFromCurl(const Webhook::CurlImport &import);

    // Tests replace the dialogs.
    using ConfirmHook = std::function<QMessageBox::StandardButton(const QString &title, const QString &text,
                                                                  QMessageBox::StandardButtons buttons)>;
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }

    Webhook::TemplateLibrary *library() const { return m_library; }
    Webhook::TemplateDocument *document() const { return m_document.get(); }
    Webhook::PreviewScheduler *scheduler() const { return m_scheduler; }
    TemplateEditor *editor() const { return m_editor; }
    TemplateListPanel *listPanel() const { return m_list; }
    PreviewPane *previewPane() const { return m_preview; }
    PreviewUserPanel *userPanel() const { return m_userPanel; }
    ProblemsView *problemsView() const { return m_problems; }
    SecretsPanel *secretsPanel() const { return m_secrets; }
    StubsPanel *stubsPanel() const { return m_stubs; }
    SendTestPanel *sendPanel() const { return m_send; }
    RehearsalPanel *rehearsalPanel() const { return m_rehearsal; }

private:
    void showPreview(const Webhook::RenderedRequest &request);
    void documentChanged();
    void renderForSend(const std::function<void(const Webhook::RenderedRequest &, const QString &)> &done);
    void duplicate(const QString &id);
    void rename(const QString &id);
    void remove(const QString &id);
    void importTemplate();
    void exportTemplate(const QString &id);
    void refreshConnection();
    void useSessionConnection();
    QMessageBox::StandardButton ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons);

    ConsoleSession &m_session;
    Webhook::TemplateLibrary *m_library;
    Webhook::AutosaveStore m_autosave;
    std::unique_ptr<Webhook::TemplateDocument> m_document;
    Webhook::PreviewScheduler *m_scheduler;
    TemplateListPanel *m_list;
    TemplateEditor *m_editor;
    ProblemsView *m_problems;
    PreviewUserPanel *m_userPanel;
    PreviewPane *m_preview;
    SecretsPanel *m_secrets;
    QDialog *m_stubsDialog;
    StubsPanel *m_stubs;
    SendTestPanel *m_send;
    RehearsalPanel *m_rehearsal;
    QTimer *m_autosaveTimer;
    QPointer<Braze::BrazeClient> m_client;
    QUrl m_sandboxBaseUrl;
    ConfirmHook m_confirm;
    QPointer<AudienceDialog> m_audience;
    Webhook::SettingReference::Values m_settingValues;   // of the open template, as saved
};
