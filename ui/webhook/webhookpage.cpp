#include "webhook/webhookpage.h"
#include "shell/taborder.h"

#include "integrations/savedpartnersettings.h"
#include "shell/statusnote.h"

#include "config/secretstore.h"
#include "config/workspacestore.h"
#include "consolesession.h"
#include "sandbox/sandboxhost.h"
#include "users/testuserstore.h"
#include "workspaceconnection.h"
#include "webhook/audiencedialog.h"
#include "webhook/comparedialog.h"
#include "webhook/curlimportdialog.h"
#include "webhook/foldingsplitter.h"
#include "webhook/keyvaluetable.h"
#include "webhook/previewpane.h"
#include "webhook/previewuserpanel.h"
#include "webhook/problemsview.h"
#include "webhook/rehearsalpanel.h"
#include "webhook/secretspanel.h"
#include "webhook/sendtestpanel.h"
#include "webhook/stubspanel.h"
#include "webhook/commands/setstubscommand.h"
#include "webhook/templateeditor.h"
#include "webhook/templatelistpanel.h"
#include "webhook/curlimport.h"
#include "webhook/presetcatalog.h"
#include "webhook/secretreference.h"
#include "webhook/settingreference.h"
#include "webhook/previewscheduler.h"
#include "webhook/templatedocument.h"
#include "webhook/templatelibrary.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QThreadPool>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Webhook;
using namespace Config;
using namespace Users;
using namespace Sandbox;

WebhookPage::WebhookPage(ConsoleSession &session, const QString &libraryFolder, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_library(new TemplateLibrary(libraryFolder, this))
    , m_autosave(m_library->folder())
    , m_scheduler(new PreviewScheduler(this))
    , m_list(new TemplateListPanel(m_library, this))
    , m_editor(new TemplateEditor(this))
    , m_problems(new ProblemsView(this))
    , m_userPanel(new PreviewUserPanel(this))
    , m_preview(new PreviewPane(this))
    , m_secrets(new SecretsPanel(this))
    , m_stubsDialog(new QDialog(this))
    , m_stubs(new StubsPanel(m_stubsDialog))
    , m_send(new SendTestPanel(this))
    , m_rehearsal(new RehearsalPanel(this))
    , m_autosaveTimer(new QTimer(this))
{
    const QStringList problems = m_library->load();
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(140);

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(m_editor);
    middle->addWidget(m_problems);
    middle->setStretchFactor(0, 1);
    auto *previewTab = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewTab);
    auto *tools = new QHBoxLayout;
    auto *audience = new QPushButton(tr("Preview for an audience…"), previewTab);
    audience->setObjectName(QStringLiteral("openAudience"));
    audience->setToolTip(tr("Render this template for many users at once and see who would be sent, aborted or broken."));
    auto *compare = new QPushButton(tr("Compare…"), previewTab);
    compare->setObjectName(QStringLiteral("openCompare"));
    compare->setToolTip(tr("See this user's request next to the same user with edited attributes, differences marked."));
    auto *curl = new QPushButton(tr("Import cURL…"), previewTab);
    curl->setObjectName(QStringLiteral("importCurl"));
    curl->setToolTip(tr("Create a template from a cURL command in the partner's documentation."));
    tools->addWidget(audience);
    tools->addWidget(compare);
    tools->addWidget(curl);
    tools->addStretch(1);
    previewLayout->addLayout(tools);
    previewLayout->addWidget(m_userPanel);
    previewLayout->addWidget(m_preview, 1);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("rightTabs"));
    tabs->addTab(previewTab, tr("Preview"));
    tabs->addTab(m_send, tr("Send a test"));
    tabs->addTab(m_rehearsal, tr("Rehearse delivery"));
    tabs->addTab(m_secrets, tr("Partner values"));
    TabOrder::placeFirst(tabs, {tabs->tabBar(), audience, compare, curl});   // the tabs, then the preview's tools
    auto *columns = new FoldingSplitter(m_list, middle, tabs, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!problems.isEmpty()) {
        auto *warning = new QLabel(tr("Some template files could not be read and were skipped:\n%1").arg(problems.join(QLatin1Char('\n'))), this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    layout->addWidget(columns);

    m_autosaveTimer->setInterval(3000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &WebhookPage::autosaveNow);
    connect(m_scheduler, &PreviewScheduler::previewReady, this, &WebhookPage::showPreview);
    connect(m_userPanel, &PreviewUserPanel::userChanged, this, [this](const PreviewUser &user) {
        m_scheduler->setUser(user);
        m_editor->setKnownNames(user.customAttributeNames(), user.eventPropertyNames(), user.canvasEntryProperties.keys(),
                                user.apiTriggerProperties.keys());
    });
    connect(m_preview, &PreviewPane::connectedContentAllowedChanged, m_scheduler, &PreviewScheduler::setConnectedContentAllowed);
    WorkspaceDataLoader *workspaceData = m_scheduler->workspaceData();
    const auto showWorkspaceData = [this, workspaceData] {
        m_preview->setWorkspaceData(workspaceData->data()->blockCount(), workspaceData->data()->itemCount(), workspaceData->data()->readAt(),
                                    workspaceData->isBusy());
    };
    connect(workspaceData, &WorkspaceDataLoader::dataChanged, this, showWorkspaceData);
    connect(workspaceData, &WorkspaceDataLoader::idle, this, showWorkspaceData);
    connect(m_preview, &PreviewPane::workspaceDataRefreshRequested, this, [this, workspaceData] {
        m_scheduler->renderer()->clearConnectedContentCache();
        workspaceData->refresh();
    });
    // The age shown ("read 5 minutes ago") moves on while nothing else happens.
    auto *ageTimer = new QTimer(this);
    ageTimer->setInterval(30000);
    connect(ageTimer, &QTimer::timeout, this, showWorkspaceData);
    ageTimer->start();
    // A dialog, not a tab: the builder's tab titles must fit 1280 px in every language.
    m_stubsDialog->setWindowTitle(tr("Connected content stubs"));
    m_stubsDialog->resize(720, 360);
    auto *stubsLayout = new QVBoxLayout(m_stubsDialog);
    stubsLayout->addWidget(m_stubs);
    auto *stubsClose = new QDialogButtonBox(QDialogButtonBox::Close, m_stubsDialog);
    connect(stubsClose, &QDialogButtonBox::rejected, m_stubsDialog, &QDialog::hide);
    stubsLayout->addWidget(stubsClose);
    connect(m_preview, &PreviewPane::stubsRequested, m_stubsDialog, [this] {
        m_stubsDialog->show();
        m_stubsDialog->raise();
    });
    connect(m_stubs, &StubsPanel::stubsEdited, this, [this](const QList<ConnectedContentStub> &stubs) {
        if (m_document)
            m_editor->undoStack()->push(new SetStubsCommand(m_document.get(), stubs));
    });
    connect(m_problems, &ProblemsView::problemActivated, m_editor, &TemplateEditor::jumpTo);
    connect(m_editor, &TemplateEditor::saveRequested, this, &WebhookPage::save);
    connect(m_secrets, &SecretsPanel::valuesChanged, m_scheduler, [this] {
        // The preview may use :basic_auth credentials (connected_content/NAME), never partner secrets.
        SecretValues credentials;
        const SecretValues values = m_secrets->values();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key().startsWith(ConnectedContentSource::credentialSecretName(QString())))
                credentials.insert(it.key(), it.value());
        }
        m_scheduler->renderer()->setPreviewCredentials(credentials);
        m_scheduler->renderNow();
    });
    m_send->setRequestProvider([this](const SendTestPanel::Rendered &done) { renderForSend(done); });
    m_rehearsal->setRequestProvider([this](const RehearsalPanel::Rendered &done) { renderForSend(done); });

    connect(audience, &QPushButton::clicked, this, &WebhookPage::openAudiencePreview);
    connect(compare, &QPushButton::clicked, this, &WebhookPage::openCompare);
    connect(curl, &QPushButton::clicked, this, &WebhookPage::importCurl);
    connect(m_list, &TemplateListPanel::templateSelected, this, [this](const QString &id) {
        if (!m_document || m_document->id() != id)
            openTemplate(id);
    });
    connect(m_list, &TemplateListPanel::newRequested, this, [this] {
        const QString id = m_library->create(tr("New webhook"));
        if (!id.isEmpty())
            openTemplate(id);
    });
    connect(m_list, &TemplateListPanel::presetRequested, this, &WebhookPage::createFromPreset);
    connect(m_list, &TemplateListPanel::duplicateRequested, this, &WebhookPage::duplicate);
    connect(m_list, &TemplateListPanel::renameRequested, this, &WebhookPage::rename);
    connect(m_list, &TemplateListPanel::deleteRequested, this, &WebhookPage::remove);
    connect(m_list, &TemplateListPanel::importRequested, this, &WebhookPage::importTemplate);
    connect(m_list, &TemplateListPanel::exportRequested, this, &WebhookPage::exportTemplate);
    connect(&session.workspaces(), &WorkspaceStore::currentWorkspaceChanged, this, &WebhookPage::refreshConnection);
    connect(&session, &ConsoleSession::connectionChanged, this, &WebhookPage::useSessionConnection);
    connect(&session.testUsers(), &TestUserStore::changed, this, &WebhookPage::refreshConnection);
    useSessionConnection();

    if (m_library->rowCount() > 0)
        openTemplate(m_library->templateAt(0).id);
    QTimer::singleShot(0, this, &WebhookPage::offerRecovery);
}

WebhookPage::~WebhookPage()
{
    // The editor's commands point at the document: drop them first.
    m_editor->setDocument(nullptr);
}

void WebhookPage::setConnection(Braze::BrazeClient *client, bool sandboxWorkspace, const QUrl &sandboxBaseUrl)
{
    m_client = client;
    m_sandboxBaseUrl = sandboxWorkspace ? sandboxBaseUrl : QUrl();
    m_userPanel->setClient(client, sandboxWorkspace);
    m_editor->setClient(client);
    m_scheduler->setSandboxWorkspace(sandboxWorkspace);
    m_scheduler->setWorkspace(client, m_session.workspaces().current().id);
    refreshConnection();
}

void WebhookPage::useSessionConnection()
{
    WorkspaceConnection *connection = m_session.connection();
    const bool sandbox = m_session.workspaces().current().builtInSandbox;
    setConnection(connection ? &connection->client() : nullptr, sandbox, sandbox ? m_session.sandbox().baseUrl() : QUrl());
}

void WebhookPage::refreshConnection()
{
    m_secrets->setStore(&m_session.secrets(), m_session.workspaces().current().id);
    documentChanged();   // another workspace: its partner settings
    m_userPanel->setSavedTestUsers(m_session.testUsers().list(m_session.workspaces().current().id));
    QUrl receiver;
    if (m_sandboxBaseUrl.isValid() && m_document)
        receiver = m_sandboxBaseUrl.resolved(QUrl(QStringLiteral("/_sandbox/webhooks/") + m_document->id()));
    m_send->setClient(m_client, receiver);
    m_rehearsal->setClient(m_client, receiver, &m_session.requestLog());
}

QMessageBox::StandardButton WebhookPage::ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons)
{
    if (m_confirm)
        return m_confirm(title, text, buttons);
    return QMessageBox::question(this, title, text, buttons);
}

bool WebhookPage::confirmClose()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = ask(tr("Unsaved changes"),
                            tr("“%1” has changes that are not saved. Save them?").arg(m_document->current().name),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_autosave.remove(m_document->id());
    return true;
}

void WebhookPage::offerRecovery()
{
    for (const WebhookTemplate &draft : m_autosave.pending()) {
        if (m_document && m_document->id() == draft.id && m_document->isModified())
            continue;   // this run's own draft
        const auto answer = ask(tr("Recover unsaved changes"),
                                tr("The console closed unexpectedly while “%1” had unsaved changes (autosaved %2). Restore them?")
                                    .arg(draft.name, QLocale().toString(draft.modified.toLocalTime(), QLocale::ShortFormat)),
                                QMessageBox::Yes | QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_autosave.remove(draft.id);
            continue;
        }
        if (!m_library->contains(draft.id)) {
            m_library->save(draft);   // its template was deleted meanwhile: the draft becomes one
            openTemplate(draft.id);
        } else if (openTemplate(draft.id)) {
            m_document->replaceContent(draft);   // unsaved again, as it was before the crash
        }
    }
}

bool WebhookPage::openTemplate(const QString &id)
{
    if (!m_library->contains(id))
        return false;
    if (m_document && m_document->id() == id)
        return true;
    if (!confirmClose()) {
        m_list->selectId(m_document->id());
        return false;
    }
    m_editor->setDocument(nullptr);
    m_document = std::make_unique<TemplateDocument>(m_library->templateById(id));
    connect(m_document.get(), &TemplateDocument::changed, this, &WebhookPage::documentChanged);
    connect(m_document.get(), &TemplateDocument::modifiedChanged, this, [this](bool modified) {
        if (modified)
            m_autosaveTimer->start();
        else
            m_autosaveTimer->stop();
    });
    m_editor->setDocument(m_document.get());
    m_list->selectId(id);
    refreshConnection();
    documentChanged();
    m_scheduler->renderNow();
    return true;
}

QString WebhookPage::createFromPreset(const QString &presetId)
{
    // The values a partner's Settings tab keeps (Quikly's q_scope) stay there: the copy refers to them.
    std::optional<WebhookTemplate> copy = PresetCatalog::instantiate(presetId);
    if (!copy)
        return {};
    copy->name = m_library->uniqueName(copy->name);
    QString error;
    const QString id = m_library->save(*copy, &error);
    if (id.isEmpty()) {
        ask(tr("Could not save"), error, QMessageBox::Ok);
        return {};
    }
    openTemplate(id);
    return id;
}

bool WebhookPage::save()
{
    if (!m_document)
        return false;
    QString error;
    if (m_library->save(m_document->current(), &error).isEmpty()) {
        ask(tr("Could not save"), error, QMessageBox::Ok);
        return false;
    }
    m_document->markSaved(m_library->templateById(m_document->id()));
    m_editor->undoStack()->setClean();
    m_autosave.remove(m_document->id());
    StatusNote::show(this, tr("Template “%1” saved.").arg(m_document->current().name));
    return true;
}

void WebhookPage::autosaveNow()
{
    if (m_document && m_document->isModified())
        m_autosave.write(m_document->current());
}

void WebhookPage::documentChanged()
{
    if (!m_document)
        return;
    const WebhookTemplate &current = m_document->current();
    // Read from the partner settings as saved now, never copied into the template.
    const Workspace workspace = m_session.workspaces().current();
    const Integrations::SavedPartnerSettings saved(workspace.id, workspace.builtInSandbox);
    const QStringList settings = SettingReference::namesIn(current);
    m_settingValues.clear();
    for (const QString &name : settings) {
        if (const QString value = saved.value(SettingReference::partnerOf(name), SettingReference::fieldOf(name)); !value.isEmpty())
            m_settingValues.insert(name, value);
    }
    m_scheduler->setTemplate(resolvedTemplate());
    m_stubs->setStubs(current.stubs);
    QString all = current.url + current.rawBody;
    for (const KeyValueRow &row : current.headers + current.pairs)
        all += row.value;
    m_secrets->setNames(SecretReference::namesIn(all) + ConnectedContentSource::credentialSecretNamesIn(all));
    m_secrets->setSettings(settings, m_settingValues);
}

void WebhookPage::partnerSettingsChanged()
{
    documentChanged();
}

WebhookTemplate WebhookPage::resolvedTemplate() const
{
    return m_document ? SettingReference::resolved(m_document->current(), m_settingValues) : WebhookTemplate();
}

void WebhookPage::showPreview(const RenderedRequest &request)
{
    m_preview->showRequest(request);
    m_problems->setProblems(request.problems);
    m_editor->setProblems(request.problems);
}

void WebhookPage::renderForSend(const std::function<void(const RenderedRequest &, const QString &)> &done)
{
    if (!m_document) {
        done({}, tr("Open a template first."));
        return;
    }
    // Rendered where previews render, never on the GUI thread: connected_content may wait for its
    // servers. The result comes back to this thread; a page closed meanwhile drops it.
    QThreadPool::globalInstance()->start([self = QPointer<WebhookPage>(this), done, renderer = m_scheduler->renderer(),
                                          webhook = resolvedTemplate(), data = m_scheduler->user().toLiquidData(),
                                          secrets = m_secrets->values()] {
        const RenderedRequest request = renderer->render(webhook, data, &secrets);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, done, request] {
            if (!self)
                return;
            QString whyNot;
            if (request.hasErrors())
                whyNot = tr("Fix the problems listed under the editor first; a request with errors is not sent.");
            else if (request.aborted)
                whyNot = tr("This user would not be sent: %1").arg(request.abortMessage);
            else if (!request.missingSettings.isEmpty())
                whyNot = tr("Save %1 on the partner's Settings tab first: the template refers to it.").arg(request.missingSettings.join(QStringLiteral(", ")));
            else if (!request.missingSecrets.isEmpty())
                whyNot = tr("Enter the partner secret “%1” under Partner values first.").arg(request.missingSecrets.join(QStringLiteral(", ")));
            done(request, whyNot);
        });
    });
}

void WebhookPage::duplicate(const QString &id)
{
    const QString copy = m_library->duplicate(id);
    if (!copy.isEmpty())
        openTemplate(copy);
}

void WebhookPage::rename(const QString &id)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename template"), tr("Name:"), QLineEdit::Normal,
                                               m_library->templateById(id).name, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (m_document && m_document->id() == id) {
        m_document->setText(TemplateDocument::TextField::Name, name.trimmed());
        save();
    } else {
        m_library->rename(id, name);
    }
}

void WebhookPage::remove(const QString &id)
{
    const WebhookTemplate victim = m_library->templateById(id);
    if (ask(tr("Delete template"), tr("Delete “%1”? This cannot be undone.").arg(victim.name),
            QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return;
    if (m_document && m_document->id() == id) {
        m_editor->setDocument(nullptr);
        m_document.reset();
        m_autosave.remove(id);
    }
    QString error;
    if (!m_library->remove(id, &error))
        ask(tr("Could not delete"), error, QMessageBox::Ok);
}

void WebhookPage::importTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import webhook template"), QString(), tr("Webhook templates (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const QString id = m_library->importFile(path, &error);
    if (id.isEmpty())
        ask(tr("Could not import"), error, QMessageBox::Ok);
    else if (openTemplate(id))
        StatusNote::show(this, tr("Template “%1” imported.").arg(m_library->templateById(id).name));
}

void WebhookPage::exportTemplate(const QString &id)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export webhook template"),
                                                      m_library->templateById(id).name + QStringLiteral(".json"),
                                                      tr("Webhook templates (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_library->exportFile(id, path, &error))
        ask(tr("Could not export"), error, QMessageBox::Ok);
    else
        StatusNote::show(this, tr("Template exported to %1 (partner secrets stay in the keychain).").arg(QDir::toNativeSeparators(path)));
}

AudienceDialog *WebhookPage::openAudiencePreview()
{
    if (!m_audience) {
        m_audience = new AudienceDialog(this);
        m_audience->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (m_document)
        m_audience->setTemplate(resolvedTemplate());
    m_audience->setClient(m_client, m_sandboxBaseUrl.isValid());
    m_audience->setSavedTestUsers(m_session.testUsers().list(m_session.workspaces().current().id));
    m_audience->show();
    m_audience->raise();
    return m_audience;
}

void WebhookPage::openCompare()
{
    if (!m_document)
        return;
    auto *dialog = new CompareDialog(resolvedTemplate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLeftUser(m_scheduler->user());
    dialog->setRightUser(m_scheduler->user());
    dialog->show();
}

void WebhookPage::importCurl()
{
    auto *dialog = new CurlImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createFromCurl(dialog->result()); });
    dialog->open();
}

QString WebhookPage::createFromCurl(const CurlImport &import)
{
    WebhookTemplate webhook = import.webhook;
    webhook.name = m_library->uniqueName(webhook.name);
    if (!import.secretName.isEmpty())
        m_session.secrets().write(SecretReference::keychainName(m_session.workspaces().current().id, import.secretName),
                                  import.secretValue);
    QString error;
    const QString id = m_library->save(webhook, &error);
    if (id.isEmpty()) {
        ask(tr("Could not save"), error, QMessageBox::Ok);
        return {};
    }
    openTemplate(id);
    return id;
}
