#include "workspaces/workspaceeditor.h"
#include "style/fieldmessage.h"
#include "style/statuscolours.h"

#include "config/brazeinstance.h"
#include "config/fieldcheck.h"
#include "config/secretstore.h"
#include "config/workspacestore.h"
#include "config/workspacevalidator.h"
#include "consolesession.h"
#include "sandbox/apikeytable.h"
#include "shell/statusnote.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Config;
using namespace Sandbox;

namespace {
constexpr int CustomEndpointIndex = 0;

// A form label whose mnemonic (&N) moves the focus to its field.
QLabel *makeBuddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

FieldMessage *makeCheckLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new FieldMessage(parent);
    label->setObjectName(objectName);
    label->reserveLines(2);   // the endpoint's and App ID's explanations are long for the editor's column
    return label;
}
} // namespace

WorkspaceEditor::WorkspaceEditor(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_nameCheck(makeCheckLabel(this, QStringLiteral("nameCheck")))
    , m_instance(new QComboBox(this))
    , m_customEndpoint(new QLineEdit(this))
    , m_sandboxEndpoint(new QLabel(this))
    , m_endpointCheck(makeCheckLabel(this, QStringLiteral("endpointCheck")))
    , m_confirmHost(new QCheckBox(tr("Yes, this is my Braze REST endpoint"), this))
    , m_sandboxKey(new QComboBox(this))
    , m_apiKey(new QLineEdit(this))
    , m_showKey(new QToolButton(this))
    , m_keyCheck(makeCheckLabel(this, QStringLiteral("keyCheck")))
    , m_keyStorage(new QLabel(this))
    , m_appId(new QLineEdit(this))
    , m_appIdCheck(makeCheckLabel(this, QStringLiteral("appIdCheck")))
    , m_notes(new QPlainTextEdit(this))
    , m_notesCheck(makeCheckLabel(this, QStringLiteral("notesCheck")))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    buildForm();
    connect(m_name, &QLineEdit::textChanged, this, &WorkspaceEditor::updateChecks);
    connect(m_customEndpoint, &QLineEdit::textChanged, this, &WorkspaceEditor::updateChecks);
    connect(m_instance, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_customEndpoint->setVisible(index == CustomEndpointIndex && !m_original.builtInSandbox);
        updateChecks();
    });
    connect(m_confirmHost, &QCheckBox::toggled, this, &WorkspaceEditor::updateChecks);
    connect(m_apiKey, &QLineEdit::textChanged, this, &WorkspaceEditor::updateChecks);
    connect(m_sandboxKey, &QComboBox::currentIndexChanged, this, &WorkspaceEditor::updateChecks);
    connect(m_appId, &QLineEdit::textChanged, this, &WorkspaceEditor::updateChecks);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &WorkspaceEditor::updateChecks);
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_save, &QPushButton::clicked, this, &WorkspaceEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &WorkspaceEditor::revert);
    connect(&m_session.secrets(), &SecretStore::storageChanged, this, &WorkspaceEditor::showKeyStorage);
    showKeyStorage();
}

void WorkspaceEditor::buildForm()
{
    m_name->setObjectName(QStringLiteral("name"));
    m_instance->setObjectName(QStringLiteral("instance"));
    m_customEndpoint->setObjectName(QStringLiteral("customEndpoint"));
    m_customEndpoint->setPlaceholderText(QStringLiteral("https://rest.iad-01.braze.com"));
    m_confirmHost->setObjectName(QStringLiteral("confirmHost"));
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("REST API key from Settings › APIs and Identifiers"));
    m_showKey->setObjectName(QStringLiteral("showKey"));
    m_showKey->setCheckable(true);
    m_showKey->setText(tr("Show"));
    m_showKey->setToolTip(tr("Show or hide the API key"));
    m_keyStorage->setObjectName(QStringLiteral("keyStorage"));
    m_keyStorage->setWordWrap(true);
    m_appId->setObjectName(QStringLiteral("appId"));
    m_appId->setPlaceholderText(tr("Optional: App identifier from Settings › App Settings"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Who owns this workspace, which keys it uses, anything a colleague should know"));
    m_notes->setMaximumHeight(110);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revert"));
    m_sandboxEndpoint->setObjectName(QStringLiteral("sandboxEndpoint"));
    m_sandboxEndpoint->setWordWrap(true);

    m_instance->addItem(tr("Custom URL…"));
    for (const BrazeInstance &instance : BrazeInstance::all())
        m_instance->addItem(instance.displayName(), instance.restEndpoint());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameCheck);
    form->addRow(makeBuddyLabel(tr("&Name:"), m_name), nameColumn);

    auto *endpointColumn = new QVBoxLayout;
    endpointColumn->addWidget(m_instance);
    endpointColumn->addWidget(m_customEndpoint);
    endpointColumn->addWidget(m_sandboxEndpoint);
    endpointColumn->addWidget(m_endpointCheck);
    endpointColumn->addWidget(m_confirmHost);
    form->addRow(makeBuddyLabel(tr("REST &endpoint:"), m_instance), endpointColumn);

    m_sandboxKey->setObjectName(QStringLiteral("sandboxKey"));
    // Long translated item texts must not force the page wider than the window.
    for (QComboBox *combo : {m_sandboxKey, m_instance}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    m_sandboxKey->setToolTip(tr("Rehearse with a partner's key to see what a missing permission does, or with the revoked key to see a 401."));
    fillSandboxKeys();
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_sandboxKey);
    keyRow->addWidget(m_apiKey);
    keyRow->addWidget(m_showKey);
    auto *keyColumn = new QVBoxLayout;
    keyColumn->addLayout(keyRow);
    keyColumn->addWidget(m_keyCheck);
    keyColumn->addWidget(m_keyStorage);
    form->addRow(makeBuddyLabel(tr("REST API &key:"), m_apiKey), keyColumn);

    auto *appIdColumn = new QVBoxLayout;
    appIdColumn->addWidget(m_appId);
    appIdColumn->addWidget(m_appIdCheck);
    form->addRow(makeBuddyLabel(tr("&App ID:"), m_appId), appIdColumn);
    auto *notesColumn = new QVBoxLayout;
    notesColumn->addWidget(m_notes);
    notesColumn->addWidget(m_notesCheck);
    form->addRow(makeBuddyLabel(tr("N&otes:"), m_notes), notesColumn);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
}

void WorkspaceEditor::edit(const Workspace &workspace)
{
    m_original = workspace;
    m_originalKey.clear();
    m_keyLoaded = false;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_name), QSignalBlocker(m_customEndpoint), QSignalBlocker(m_apiKey),
                                       QSignalBlocker(m_appId), QSignalBlocker(m_notes), QSignalBlocker(m_confirmHost)};
    m_name->setText(workspace.name);
    m_name->setReadOnly(workspace.builtInSandbox);
    m_appId->setText(workspace.appId);
    m_notes->setPlainText(workspace.notes);
    m_confirmHost->setChecked(false);
    m_apiKey->clear();

    const bool sandbox = workspace.builtInSandbox;
    m_instance->setVisible(!sandbox);
    m_sandboxKey->setVisible(sandbox);
    m_apiKey->setVisible(!sandbox);
    m_showKey->setVisible(!sandbox);
    {
        const QSignalBlocker blocker(m_sandboxKey);
        m_sandboxKey->setCurrentIndex(std::max(0, m_sandboxKey->findData(workspace.sandboxKey.isEmpty() ? QString::fromLatin1(ApiKeyTable::AllPermissionsKey) : workspace.sandboxKey)));
    }
    m_sandboxEndpoint->setVisible(sandbox);
    m_keyStorage->setVisible(!sandbox);
    m_apiKey->setEnabled(false);
    m_showKey->setEnabled(false);
    if (sandbox) {
        m_customEndpoint->setVisible(false);
        m_sandboxEndpoint->setText(workspace.endpoint.isEmpty()
            ? tr("The built-in sandbox runs on this computer and is starting.")
            : tr("Built-in sandbox at %1").arg(workspace.endpoint.toString()));
    } else {
        m_apiKey->setPlaceholderText(tr("Reading the key from the keychain…"));
        selectEndpoint(workspace.endpoint);
        const QString id = workspace.id;
        QPointer<WorkspaceEditor> self(this);
        m_session.secrets().read(SecretStore::apiKeyName(id), [self, id](std::optional<QString> key) {
            if (!self || self->m_original.id != id)
                return;
            self->m_originalKey = key.value_or(QString());
            self->m_keyLoaded = true;
            const QSignalBlocker blocker(self->m_apiKey);
            self->m_apiKey->setText(self->m_originalKey);
            self->m_apiKey->setEnabled(true);
            self->m_showKey->setEnabled(true);
            self->m_apiKey->setPlaceholderText(tr("REST API key from Settings › APIs and Identifiers"));
            self->updateChecks();
        });
    }
    updateChecks();
}

void WorkspaceEditor::selectEndpoint(const QUrl &endpoint)
{
    const QSignalBlocker blocker(m_instance);
    const BrazeInstance *instance = BrazeInstance::forHost(endpoint.host());
    const int index = instance ? m_instance->findData(instance->restEndpoint()) : -1;
    if (index > 0 && endpoint == instance->restEndpoint()) {
        m_instance->setCurrentIndex(index);
        m_customEndpoint->clear();
        m_customEndpoint->setVisible(false);
    } else {
        m_instance->setCurrentIndex(CustomEndpointIndex);
        m_customEndpoint->setText(endpoint.toString());
        m_customEndpoint->setVisible(true);
    }
}

QString WorkspaceEditor::endpointText() const
{
    if (m_instance->currentIndex() == CustomEndpointIndex)
        return m_customEndpoint->text();
    return m_instance->currentData().toUrl().toString();
}

void WorkspaceEditor::showCheck(FieldMessage *label, const FieldCheck &check)
{
    label->setMessage(check.isFine() ? QString() : check.message,
                      check.isWrong() ? StatusColours::Role::Error : StatusColours::Role::Warning);
}

void WorkspaceEditor::updateChecks()
{
    const FieldCheck name = WorkspaceValidator::checkName(m_name->text(), m_session.workspaces().namesExcept(m_original.id));
    showCheck(m_nameCheck, name);
    bool acceptable = name.isFine();

    if (!m_original.builtInSandbox) {
        FieldCheck endpoint = WorkspaceValidator::checkEndpoint(endpointText());
        const QString host = WorkspaceValidator::normalisedEndpoint(endpointText()).host();
        const bool alreadyConfirmed = !host.isEmpty() && host == m_original.confirmedCustomHost;
        if (endpoint.verdict == FieldCheck::Verdict::NeedsConfirmation && alreadyConfirmed)
            endpoint = FieldCheck::fine();
        showCheck(m_endpointCheck, endpoint);
        m_confirmHost->setVisible(endpoint.verdict == FieldCheck::Verdict::NeedsConfirmation);
        acceptable = acceptable && (endpoint.isFine() || (endpoint.verdict == FieldCheck::Verdict::NeedsConfirmation && m_confirmHost->isChecked()));

        const FieldCheck key = m_keyLoaded ? WorkspaceValidator::checkApiKey(m_apiKey->text()) : FieldCheck::fine();
        showCheck(m_keyCheck, key);
        acceptable = acceptable && m_keyLoaded && key.isFine();
    } else {
        m_endpointCheck->setMessage({});
        m_confirmHost->setVisible(false);
        m_keyCheck->setMessage({});
    }
    const FieldCheck appId = WorkspaceValidator::checkAppId(m_appId->text());
    showCheck(m_appIdCheck, appId);
    acceptable = acceptable && appId.isFine();
    const FieldCheck notes = WorkspaceValidator::checkNotes(m_notes->toPlainText());
    showCheck(m_notesCheck, notes);
    acceptable = acceptable && notes.isFine();

    m_save->setEnabled(acceptable && hasUnsavedChanges());
    m_revert->setEnabled(hasUnsavedChanges());
}

bool WorkspaceEditor::hasUnsavedChanges() const
{
    if (m_original.id.isEmpty())
        return false;
    if (!m_session.workspaces().workspace(m_original.id))
        return false;   // deleted, or a draft that was discarded
    if (m_session.workspaces().isDraft(m_original.id))
        return true;    // a new workspace is not kept until its first Save
    if (m_name->text() != m_original.name || m_appId->text() != m_original.appId || m_notes->toPlainText() != m_original.notes)
        return true;
    if (m_original.builtInSandbox)
        return m_sandboxKey->currentData().toString() != (m_original.sandboxKey.isEmpty() ? QString::fromLatin1(ApiKeyTable::AllPermissionsKey) : m_original.sandboxKey);
    return WorkspaceValidator::normalisedEndpoint(endpointText()) != m_original.endpoint
        || (m_keyLoaded && m_apiKey->text() != m_originalKey);
}

void WorkspaceEditor::save()
{
    if (!m_save->isEnabled())
        return;
    Workspace workspace = m_original;
    workspace.name = m_name->text().trimmed();
    workspace.appId = m_appId->text().trimmed();
    workspace.notes = m_notes->toPlainText();
    if (workspace.builtInSandbox)
        workspace.sandboxKey = m_sandboxKey->currentData().toString();
    if (!workspace.builtInSandbox) {
        workspace.endpoint = WorkspaceValidator::normalisedEndpoint(endpointText());
        if (m_confirmHost->isVisible() && m_confirmHost->isChecked())
            workspace.confirmedCustomHost = workspace.endpoint.host();
        const QString key = WorkspaceValidator::normalisedApiKey(m_apiKey->text());
        if (key != m_originalKey) {
            if (key.isEmpty())
                m_session.secrets().remove(SecretStore::apiKeyName(workspace.id));
            else
                m_session.secrets().write(SecretStore::apiKeyName(workspace.id), key);
        }
        m_originalKey = key;
        const QSignalBlocker blocker(m_apiKey);
        m_apiKey->setText(key);
    }
    m_session.workspaces().update(workspace);
    m_original = workspace;
    updateChecks();
    StatusNote::show(this, tr("Workspace “%1” saved.").arg(workspace.name));
    emit saved(workspace);
}

void WorkspaceEditor::revert()
{
    edit(m_original);
}

void WorkspaceEditor::fillSandboxKeys()
{
    // The sandbox names its keys in English; these are their names for the user.
    static const char *const names[] = {
        QT_TR_NOOP("All permissions"), QT_TR_NOOP("Revoked"), QT_TR_NOOP("Allowlisted (203.0.113.7 only)"),
    };
    Q_UNUSED(names)
    const ApiKeyTable keys = ApiKeyTable::demo();
    for (const ApiKey &key : keys.keys()) {
        const QString name = tr(key.name.toUtf8().constData());
        QString text;
        if (key.revoked)
            text = tr("%1 — every call answers 401").arg(name);
        else if (!key.allowedIps.isEmpty())
            text = tr("%1 — calls from this computer answer 401").arg(name);
        else
            text = tr("%1 demo key — %n permission(s)", nullptr, int(key.permissions.size())).arg(name);
        m_sandboxKey->addItem(text, key.key);
    }
    // The key with every permission first: it is the default.
    const int all = m_sandboxKey->findData(QString::fromLatin1(ApiKeyTable::AllPermissionsKey));
    if (all > 0) {
        const QString text = m_sandboxKey->itemText(all);
        m_sandboxKey->removeItem(all);
        m_sandboxKey->insertItem(0, text, QString::fromLatin1(ApiKeyTable::AllPermissionsKey));
    }
}

void WorkspaceEditor::showKeyStorage()
{
    const SecretStore &secrets = m_session.secrets();
    switch (secrets.storage()) {
    case SecretStore::Storage::SessionOnly:
        m_keyStorage->setText(secrets.keychainProblem());
        m_keyStorage->setToolTip(secrets.keychainDetail());
        StatusColours::apply(m_keyStorage, StatusColours::Role::Warning);
        break;
    case SecretStore::Storage::Keychain:
        m_keyStorage->setText(tr("Stored in the system keychain, never in a file."));
        m_keyStorage->setToolTip(QString());
        StatusColours::clear(m_keyStorage);
        break;
    case SecretStore::Storage::Unknown:
        m_keyStorage->setText(tr("Goes into the system keychain when you save, never into a file."));
        StatusColours::clear(m_keyStorage);
        break;
    }
}
