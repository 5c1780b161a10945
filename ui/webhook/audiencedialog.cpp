#include "webhook/audiencedialog.h"

#include "webhook/comparedialog.h"
#include "webhook/previewpane.h"

#include "braze/brazeclient.h"
#include "webhook/audience/audiencefetcher.h"
#include "webhook/audience/audiencepreview.h"
#include "webhook/audience/audiencerenderer.h"
#include "webhook/audience/userlinesreader.h"
#include "webhook/previewuserlookup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Webhook;
using namespace Users;

namespace {

enum Role { IsUser = Qt::UserRole, RefIndex, RefLine, RefOffset, RefLabel };

AudienceUserRef refOf(const QTreeWidgetItem *item)
{
    AudienceUserRef ref;
    ref.index = item->data(0, RefIndex).toLongLong();
    ref.line = item->data(0, RefLine).toLongLong();
    ref.fileOffset = item->data(0, RefOffset).toLongLong();
    ref.label = item->data(0, RefLabel).toString();
    return ref;
}

} // namespace

AudienceDialog::AudienceDialog(QWidget *parent)
    : QDialog(parent)
    , m_preview(new AudiencePreview(this))
    , m_source(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_identifiers(new QPlainTextEdit(this))
    , m_run(new QPushButton(tr("Preview audience"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_compare(new QPushButton(tr("Compare the two selected users"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_request(new PreviewPane(this))
{
    setWindowTitle(tr("Preview for an audience"));
    setObjectName(QStringLiteral("audienceDialog"));
    m_source->setObjectName(QStringLiteral("audienceSource"));
    m_source->addItem(tr("The sandbox's users"), int(Source::SandboxUsers));
    m_source->addItem(tr("Saved test users"), int(Source::SavedTestUsers));
    m_source->addItem(tr("A users file (JSON lines, one exported user per line)"), int(Source::UsersFile));
    m_source->addItem(tr("Users by external ID (one per line)"), int(Source::Identifiers));
    m_file->setObjectName(QStringLiteral("audienceFile"));
    m_file->setPlaceholderText(tr("users.jsonl"));
    m_identifiers->setObjectName(QStringLiteral("audienceIdentifiers"));
    m_identifiers->setPlaceholderText(tr("user_0001\nuser_0002"));
    m_identifiers->setMaximumHeight(80);
    m_run->setObjectName(QStringLiteral("runAudience"));
    m_run->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelAudience"));
    m_compare->setObjectName(QStringLiteral("compareUsers"));
    m_compare->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("audienceProgress"));
    m_status->setObjectName(QStringLiteral("audienceStatus"));
    m_status->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("audienceSummary"));
    m_tree->setHeaderLabels({tr("Summary"), tr("Users")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_request->setObjectName(QStringLiteral("audienceRequest"));

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(new QLabel(tr("Users:"), this));
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_file, 1);
    sourceRow->addWidget(m_browse);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_compare);
    rightLayout->addWidget(m_request, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_identifiers);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);
    resize(1100, 700);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &AudienceDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &AudienceDialog::cancel);
    connect(m_compare, &QPushButton::clicked, this, &AudienceDialog::compareSelected);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Users file"), QString(), tr("JSON lines (*.jsonl *.ndjson *.json);;All files (*)"));
        if (!path.isEmpty())
            setUsersFile(path);
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] { setSource(Source(m_source->currentData().toInt())); });
    connect(m_preview, &AudiencePreview::progressed, this, &AudienceDialog::showProgress);
    connect(m_preview, &AudiencePreview::finished, this, &AudienceDialog::showSummary);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { openUser(item); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        int users = 0;
        for (const QTreeWidgetItem *item : m_tree->selectedItems())
            users += item->data(0, IsUser).toBool() ? 1 : 0;
        m_compare->setEnabled(users == 2);
    });
    setSource(Source::UsersFile);
    setRunning(false);
}

AudienceDialog::~AudienceDialog()
{
    if (m_fetcher)
        m_fetcher->cancel();
}

void AudienceDialog::setClient(Braze::BrazeClient *client, bool sandboxWorkspace)
{
    m_client = client;
    m_sandbox = sandboxWorkspace;
    if (sandboxWorkspace && m_source->currentIndex() == int(Source::UsersFile) && m_file->text().isEmpty())
        setSource(Source::SandboxUsers);
}

void AudienceDialog::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
    m_file->setVisible(source == Source::UsersFile);
    m_browse->setVisible(source == Source::UsersFile);
    m_identifiers->setVisible(source == Source::Identifiers);
}

void AudienceDialog::setUsersFile(const QString &path)
{
    setSource(Source::UsersFile);
    m_file->setText(path);
}

void AudienceDialog::setIdentifiers(const QString &text)
{
    setSource(Source::Identifiers);
    m_identifiers->setPlainText(text);
}

void AudienceDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_source->setEnabled(!running);
    m_progress->setVisible(running);
}

void AudienceDialog::run()
{
    m_tree->clear();
    m_request->showRequest(RenderedRequest());
    m_runSource = Source(m_source->currentData().toInt());
    switch (m_runSource) {
    case Source::UsersFile: {
        m_runFile = m_file->text().trimmed();
        auto reader = std::make_shared<UserLinesReader>(m_runFile);
        if (m_runFile.isEmpty() || !reader->open()) {
            m_status->setText(m_runFile.isEmpty() ? tr("Choose a users file first.") : reader->errorString());
            return;
        }
        start(reader);
        return;
    }
    case Source::Identifiers: {
        QList<Braze::UserIdentifier> users;
        for (const QString &line : m_identifiers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty())
                users.append(Braze::UserIdentifier::externalId(line.trimmed()));
        }
        if (users.isEmpty()) {
            m_status->setText(tr("Enter at least one external ID, one per line."));
            return;
        }
        fetch(users);
        return;
    }
    case Source::SavedTestUsers: {
        QList<Braze::UserIdentifier> users;
        for (const SavedTestUser &saved : std::as_const(m_savedUsers))
            users.append(saved.user);
        if (users.isEmpty()) {
            m_status->setText(tr("This workspace has no saved test users yet; save some on the Test users page."));
            return;
        }
        fetch(users);
        return;
    }
    case Source::SandboxUsers:
        break;
    }
    if (!m_sandbox || !m_client) {
        m_status->setText(tr("The sandbox's users are only available in the Sandbox workspace."));
        return;
    }
    setRunning(true);
    m_status->setText(tr("Listing the sandbox's users…"));
    Braze::RequestHandle *handle = m_client->rawCall("GET", QStringLiteral("/_sandbox/state"));
    connect(handle, &Braze::RequestHandle::finished, this, [this](const Braze::ApiResult &result) {
        QList<Braze::UserIdentifier> users;
        // By external ID or alias where the profile has one: those export 50 to a call.
        for (const QJsonValue &value : result.json.object().value(QStringLiteral("users")).toArray()) {
            const QJsonObject user = value.toObject();
            const QJsonObject alias = user.value(QStringLiteral("user_aliases")).toArray().first().toObject();
            if (!user.value(QStringLiteral("external_id")).toString().isEmpty())
                users.append(Braze::UserIdentifier::externalId(user.value(QStringLiteral("external_id")).toString()));
            else if (!alias.isEmpty())
                users.append(Braze::UserIdentifier::alias(alias.value(QStringLiteral("alias_name")).toString(),
                                                          alias.value(QStringLiteral("alias_label")).toString()));
            else
                users.append(Braze::UserIdentifier::brazeId(user.value(QStringLiteral("braze_id")).toString()));
        }
        if (!result.succeeded() || users.isEmpty()) {
            setRunning(false);
            m_status->setText(tr("The sandbox has no users to preview; reset it to the demo data."));
            return;
        }
        fetch(users);
    });
}

void AudienceDialog::fetch(const QList<Braze::UserIdentifier> &users)
{
    if (!m_client) {
        m_status->setText(tr("Choose a workspace first."));
        return;
    }
    if (m_fetcher)
        m_fetcher->cancel();
    m_fetcher = new AudienceFetcher(m_client, users, this);
    m_status->setText(tr("Fetching %n user(s) from the workspace, 50 at a time…", nullptr, int(users.size())));
    start(m_fetcher->input());
    m_fetcher->start();
}

void AudienceDialog::start(std::shared_ptr<AudienceInput> input)
{
    setRunning(true);
    m_progress->setRange(0, input->total() > 0 ? 1000 : 0);
    m_progress->setValue(0);
    m_preview->start(m_template, std::move(input));
}

void AudienceDialog::cancel()
{
    if (m_fetcher)
        m_fetcher->cancel();
    m_preview->cancel();
}

void AudienceDialog::showProgress(qint64 done, qint64 total, qint64 users)
{
    if (total > 0)
        m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
    m_status->setText(tr("%n user(s) rendered so far…", nullptr, int(users)));
}

QTreeWidgetItem *AudienceDialog::addUsers(QTreeWidgetItem *parent, const QString &text, const AudienceGroup &group)
{
    auto *item = new QTreeWidgetItem(parent, {text, QLocale().toString(group.count)});
    for (const AudienceUserRef &ref : group.users) {
        auto *user = new QTreeWidgetItem(item, {ref.label});
        user->setData(0, IsUser, group.kind != AudienceGroup::Kind::Unreadable);
        user->setData(0, RefIndex, ref.index);
        user->setData(0, RefLine, ref.line);
        user->setData(0, RefOffset, ref.fileOffset);
        user->setData(0, RefLabel, ref.label);
    }
    if (group.count > group.users.size())
        new QTreeWidgetItem(item, {tr("… and %n more", nullptr, int(group.count - group.users.size()))});
    return item;
}

void AudienceDialog::showSummary(bool cancelled, const QString &error)
{
    setRunning(false);
    const AudienceSummary &summary = m_preview->summary();
    const QLocale locale;
    QStringList status;
    status.append(cancelled ? tr("Cancelled after %n user(s).", nullptr, int(summary.users()))
                            : tr("%n user(s) previewed.", nullptr, int(summary.users())));
    if (!error.isEmpty())
        status.append(error);
    m_status->setText(status.join(QLatin1Char(' ')));
    m_tree->clear();
    for (const AudienceGroup &group : summary.groups(AudienceGroup::Kind::Sent))
        addUsers(m_tree->invisibleRootItem(), tr("Would be sent"), group);
    if (summary.groups(AudienceGroup::Kind::Sent).isEmpty())
        new QTreeWidgetItem(m_tree, {tr("Would be sent"), QStringLiteral("0")});
    auto *aborted = new QTreeWidgetItem(m_tree, {tr("Aborted (abort_message)"), locale.toString(summary.aborted())});
    for (const AudienceGroup &group : summary.groups(AudienceGroup::Kind::Aborted))
        addUsers(aborted, group.reason, group);
    auto *broken = new QTreeWidgetItem(m_tree, {tr("Broken (Braze would refuse or fail the request)"), locale.toString(summary.broken())});
    for (const AudienceGroup &group : summary.groups(AudienceGroup::Kind::Broken))
        addUsers(broken, group.reason, group);
    for (const AudienceGroup &group : summary.groups(AudienceGroup::Kind::Unreadable))
        addUsers(m_tree->invisibleRootItem(), tr("Lines or users that could not be read"), group);
    const QList<AudienceGroup> missing = summary.groups(AudienceGroup::Kind::MissingAttribute);
    if (!missing.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_tree, {tr("Users without a value the template uses")});
        for (const AudienceGroup &group : missing)
            addUsers(item, tr("No value for %1").arg(group.reason), group);
        item->setExpanded(true);
    }
    const QList<OutputTally> outputs = summary.outputs();
    if (!outputs.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_tree, {tr("Liquid outputs")});
        for (const OutputTally &output : outputs) {
            auto *entry = new QTreeWidgetItem(item, {summary.outputLabel(output), locale.toString(output.rendered())});
            addUsers(entry, tr("Rendered empty"), output.empty());
            addUsers(entry, tr("Fell back to its default"), output.fellBack());
            auto *values = new QTreeWidgetItem(entry, {tr("Most common values")});
            for (const auto &[value, count] : output.topValues(10))
                new QTreeWidgetItem(values, {value.isEmpty() ? tr("(empty)") : value, locale.toString(count)});
            if (output.otherValues() > 0)
                new QTreeWidgetItem(values, {tr("(other values, not counted one by one)"), locale.toString(output.otherValues())});
        }
        item->setExpanded(true);
    }
    if (summary.sent() > 0) {
        auto *sizes = new QTreeWidgetItem(m_tree, {tr("Body size: largest %1 bytes (%2), average %3 bytes")
                                                       .arg(locale.toString(summary.largestBodyBytes()), summary.largestBodyUser().label,
                                                            locale.toString(summary.averageBodyBytes()))});
        const QList<AudienceGroup> over = summary.groups(AudienceGroup::Kind::OverLimit);
        for (const AudienceGroup &group : over)
            addUsers(sizes, group.reason, group);
        if (over.isEmpty())
            new QTreeWidgetItem(sizes, {tr("No body is over Braze's 4 MB limit.")});
    }
    aborted->setExpanded(true);
    broken->setExpanded(true);
    emit audienceFinished(cancelled);
}

QTreeWidgetItem *AudienceDialog::findGroup(const QString &text) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->text(0).startsWith(text))
            return *it;
    }
    return nullptr;
}

void AudienceDialog::loadUser(const AudienceUserRef &ref, std::function<void(const PreviewUser &)> done)
{
    if (m_runSource == Source::UsersFile) {
        PreviewUser user;
        QString error;
        if (!UserLinesReader::readUserAt(m_runFile, ref, &user, &error)) {
            m_status->setText(error);
            return;
        }
        done(user);
        return;
    }
    if (!m_fetcher || !m_client)
        return;
    auto *lookup = new PreviewUserLookup(m_client, this);
    connect(lookup, &PreviewUserLookup::found, this, [lookup, done](const PreviewUser &user) {
        lookup->deleteLater();
        done(user);
    });
    connect(lookup, &PreviewUserLookup::failed, this, [this, lookup](const QString &message) {
        lookup->deleteLater();
        m_status->setText(message);
    });
    lookup->lookUp(m_fetcher->identifierOf(ref.index));
}

void AudienceDialog::openUser(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, IsUser).toBool())
        return;
    const AudienceUserRef ref = refOf(item);
    loadUser(ref, [this, ref](const PreviewUser &user) {
        // Still the chosen user? A slow look-up may come back after another click.
        if (m_tree->currentItem() && refOf(m_tree->currentItem()).label == ref.label)
            m_request->showRequest(AudienceRenderer(m_template).renderOne(user));
    });
}

void AudienceDialog::compareSelected()
{
    QList<AudienceUserRef> refs;
    for (const QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (item->data(0, IsUser).toBool())
            refs.append(refOf(item));
    }
    if (refs.size() != 2)
        return;
    auto *dialog = new CompareDialog(m_template, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    loadUser(refs.at(0), [dialog](const PreviewUser &user) { dialog->setLeftUser(user); });
    loadUser(refs.at(1), [dialog](const PreviewUser &user) { dialog->setRightUser(user); });
    dialog->show();
}
