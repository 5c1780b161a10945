#include "requestlog/requestlogpage.h"
#include "shell/taborder.h"
#include "shell/statusnote.h"

#include "braze/log/curlcommand.h"
#include "braze/log/requestlogexport.h"
#include "braze/log/requestlogfilter.h"
#include "braze/log/requestlogmodel.h"
#include "requestlog/requestcomparedialog.h"
#include "consolesession.h"
#include "requestlog/requestlogfilterbar.h"
#include "requestreplay.h"
#include "braze/requesthandle.h"
#include "workspaceconnection.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Braze;

namespace {

QString headersText(const HeaderList &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
    return text;
}

} // namespace

RequestLogPage::RequestLogPage(RequestLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_filter(new RequestLogFilter(this))
    , m_filterBar(nullptr)
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_includeKey(new QCheckBox(tr("Include API key"), this))
    , m_sendAgain(new QPushButton(tr("Send again"), this))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_openInComposer(new QPushButton(tr("Open in composer"), this))
    , m_copyCurl(new QPushButton(tr("Copy as cURL"), this))
    , m_copyHttpie(new QPushButton(tr("Copy as HTTPie"), this))
    , m_copyResponse(new QPushButton(tr("Copy response"), this))
    , m_status(new QLabel(this))
{
    m_filter->setSourceModel(m_log);
    m_filterBar = new RequestLogFilterBar(m_log, m_filter, this);
    m_table->setObjectName(QStringLiteral("requestTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    m_detail->setAccessibleName(tr("Request and answer"));
    m_includeKey->setObjectName(QStringLiteral("includeKey"));
    m_sendAgain->setObjectName(QStringLiteral("sendAgain"));
    m_compare->setObjectName(QStringLiteral("compare"));
    m_openInComposer->setObjectName(QStringLiteral("openInComposer"));
    m_openInComposer->setToolTip(tr("Edit this request in the Request composer and send it from there."));
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    m_copyHttpie->setObjectName(QStringLiteral("copyHttpie"));
    m_copyResponse->setObjectName(QStringLiteral("copyResponse"));
    m_status->setObjectName(QStringLiteral("logStatus"));

    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::OriginColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(RequestLogModel::OriginColumn, fontMetrics().averageCharWidth() * 28);
    m_table->verticalHeader()->hide();
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a request to see its headers and bodies."));
    m_includeKey->setToolTip(tr("Puts the workspace's API key into the copied command. Leave it off to paste the command safely; "
                                "the command then reads the key from $BRAZE_API_KEY."));
    m_status->setWordWrap(true);
    m_compare->setToolTip(tr("Select two requests (Ctrl+click), or one sent again, to see them side by side."));
    auto *sendMenu = new QMenu(m_sendAgain);
    m_sendAgain->setMenu(sendMenu);
    connect(sendMenu, &QMenu::aboutToShow, this, [this, sendMenu] {
        sendMenu->clear();
        const RequestLogEntry *entry = selectedEntry();
        if (!entry || !m_session)
            return;
        const WorkspaceConnection *active = m_session->connection();
        QAction *toActive = sendMenu->addAction(active ? tr("To the active workspace, “%1”").arg(active->workspace().name)
                                                       : tr("To the active workspace"));
        toActive->setEnabled(active != nullptr);
        connect(toActive, &QAction::triggered, this, [this] { sendAgain(false); });
        if (!active || active->workspace().name != entry->workspace) {
            QAction *toOriginal = sendMenu->addAction(tr("To “%1”, where it was sent").arg(entry->workspace));
            connect(toOriginal, &QAction::triggered, this, [this] { sendAgain(true); });
        }
    });

    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportLog"));
    auto *clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(QStringLiteral("clearLog"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterBar, 1);
    top->addWidget(exportButton, 0, Qt::AlignTop);
    top->addWidget(clearButton, 0, Qt::AlignTop);
    TabOrder::placeFirst(this, {m_filterBar, exportButton, clearButton});   // above the table

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_sendAgain);
    actions->addWidget(m_compare);
    actions->addWidget(m_openInComposer);
    actions->addStretch(1);
    actions->addWidget(m_includeKey);
    actions->addWidget(m_copyCurl);
    actions->addWidget(m_copyHttpie);
    actions->addWidget(m_copyResponse);

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_status);
    detailLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);


    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RequestLogPage::showSelection);
    connect(m_filterBar, &RequestLogFilterBar::filtersChanged, this, &RequestLogPage::showSelection);
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        copyToClipboard(curlForSelection(), m_includeKey->isChecked() ? tr("Copied, with the API key: do not share it.")
                                                                      : tr("Copied. Set BRAZE_API_KEY in your shell before running it."));
    });
    connect(m_copyHttpie, &QPushButton::clicked, this, [this] {
        copyToClipboard(httpieForSelection(), m_includeKey->isChecked() ? tr("Copied, with the API key: do not share it.")
                                                                        : tr("Copied. Set BRAZE_API_KEY in your shell before running it."));
    });
    connect(m_copyResponse, &QPushButton::clicked, this, [this] {
        if (const RequestLogEntry *entry = selectedEntry())
            copyToClipboard(prettyBody(entry->responseBody), tr("Response body copied."));
    });
    connect(m_compare, &QPushButton::clicked, this, &RequestLogPage::compareSelection);
    connect(m_openInComposer, &QPushButton::clicked, this, [this] {
        if (const RequestLogEntry *entry = selectedEntry())
            emit openInComposerRequested(*entry);
    });
    connect(exportButton, &QPushButton::clicked, this, &RequestLogPage::chooseExportFile);
    connect(clearButton, &QPushButton::clicked, m_log, &RequestLogModel::clear);
    showSelection();
}

void RequestLogPage::setApiKeyProvider(std::function<QString(const QString &)> provider)
{
    m_keyProvider = std::move(provider);
    showSelection();
}

void RequestLogPage::setSession(ConsoleSession *session)
{
    m_session = session;
    showSelection();
}

bool RequestLogPage::sendAgain(bool toOriginalWorkspace)
{
    const RequestLogEntry *entry = selectedEntry();
    if (!entry || !m_session)
        return false;
    const ReplayPlan plan = ReplayPlan::make(*m_session, *entry, toOriginalWorkspace);
    if (!plan.problem.isEmpty()) {
        m_status->setText(plan.problem);
        return false;
    }
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(entry->method), RequestLogModel::endpointPath(*entry));
    if (plan.changesData || !plan.missingPermission.isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("Send again"),
                        tr("Send %1 again to “%2”?").arg(what, plan.workspaceName), QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("confirmSendAgain"));
        QString details = plan.changesData ? plan.change : QString();
        if (!plan.missingPermission.isEmpty())
            details += (details.isEmpty() ? QString() : QStringLiteral("\n\n"))
                       + tr("The permission check found that the API key of “%1” lacks the permission %2: Braze will most "
                            "likely refuse the request.").arg(plan.workspaceName, plan.missingPermission);
        ask.setInformativeText(details);
        QPushButton *send = ask.addButton(tr("Send again"), QMessageBox::AcceptRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != send)
            return false;
    }
    RequestHandle *handle = plan.send();
    if (!handle)
        return false;
    m_status->setText(tr("Sending %1 again to “%2”…").arg(what, plan.workspaceName));
    const quint64 callId = handle->callId();
    connect(handle, &RequestHandle::finished, this, [this, callId, what](const ApiResult &result) {
        selectCall(callId);
        m_status->setText(result.succeeded() ? tr("%1 sent again: answer %2. “Compare” shows it next to the original.").arg(what).arg(result.httpStatus)
                                             : tr("%1 sent again: %2").arg(what, result.error.message));
    });
    return true;
}

QList<const RequestLogEntry *> RequestLogPage::comparePair() const
{
    const QList<const RequestLogEntry *> entries = selectedEntries();
    if (entries.size() == 2)
        return entries;
    if (entries.size() == 1 && entries.first()->origin.replayOf != 0) {
        const int row = m_log->rowOfCall(entries.first()->origin.replayOf);
        if (row >= 0)
            return {&m_log->entry(row), entries.first()};
    }
    return {};
}

void RequestLogPage::compareSelection()
{
    const QList<const RequestLogEntry *> pair = comparePair();
    if (pair.size() != 2)
        return;
    auto *dialog = new RequestCompareDialog(*pair.first(), *pair.last(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool RequestLogPage::selectCall(quint64 callId)
{
    const int row = m_log->rowOfCall(callId);
    if (row < 0)
        return false;
    QModelIndex shown = m_filter->mapFromSource(m_log->index(row, 0));
    if (!shown.isValid()) {
        m_filterBar->clearFilters(m_log->entry(row).origin.kind == RequestOrigin::Kind::PermissionCheck);
        shown = m_filter->mapFromSource(m_log->index(row, 0));
    }
    m_table->selectionModel()->clearSelection();
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
    return true;
}

QList<const RequestLogEntry *> RequestLogPage::selectedEntries() const
{
    QList<const RequestLogEntry *> entries;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const QModelIndex source = m_filter->mapToSource(row);
        if (source.isValid())
            entries.append(&m_log->entry(source.row()));
    }
    return entries;
}

const RequestLogEntry *RequestLogPage::selectedEntry() const
{
    const QList<const RequestLogEntry *> entries = selectedEntries();
    return entries.size() == 1 ? entries.first() : nullptr;
}

void RequestLogPage::showSelection()
{
    const RequestLogEntry *entry = selectedEntry();
    for (QPushButton *button : {m_copyCurl, m_copyHttpie, m_copyResponse})
        button->setEnabled(entry != nullptr);
    m_copyResponse->setEnabled(entry && !entry->responseBody.isEmpty());
    m_includeKey->setEnabled(entry != nullptr && entry->carriesApiKey && m_keyProvider != nullptr);
    m_sendAgain->setEnabled(entry != nullptr && m_session != nullptr);
    m_compare->setEnabled(comparePair().size() == 2);
    // Only Braze calls: a partner's webhook test is sent again from the webhook page.
    m_openInComposer->setEnabled(entry && entry->carriesApiKey);
    if (!entry) {
        m_detail->clear();
        m_status->clear();
        return;
    }
    QString text = QStringLiteral("%1 %2\n").arg(QString::fromLatin1(entry->method), entry->url);
    text += tr("Workspace: %1 · attempt %2 · %3 ms").arg(entry->workspace).arg(entry->attempt).arg(entry->durationMs) + QLatin1Char('\n');
    text += tr("Origin: %1").arg(entry->origin.label()) + QLatin1Char('\n');
    if (entry->origin.replayOf != 0) {
        const int original = m_log->rowOfCall(entry->origin.replayOf);
        text += (original >= 0 ? tr("Sent again from the request of %1; “Compare” shows both.")
                                     .arg(m_log->entry(original).time.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                               : tr("Sent again from a request no longer in the log."))
                + QLatin1Char('\n');
    }
    if (!entry->outcome.isEmpty())
        text += entry->outcome + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Request headers") + QLatin1Char('\n') + headersText(entry->requestHeaders);
    if (!entry->requestBody.isEmpty())
        text += QLatin1Char('\n') + tr("Request body") + QLatin1Char('\n') + prettyBody(entry->requestBody) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Response %1").arg(entry->httpStatus) + QLatin1Char('\n') + headersText(entry->responseHeaders);
    if (!entry->responseBody.isEmpty())
        text += QLatin1Char('\n') + prettyBody(entry->responseBody);
    m_detail->setPlainText(text);
    if (entry->origin.kind == RequestOrigin::Kind::PermissionCheck)
        m_status->setText(tr("This request belongs to the start-up permission check: a refusal only means the API key lacks "
                             "that permission. Nothing was changed."));
    else
        m_status->setText(entry->rateLimit.remaining >= 0
                              ? tr("Rate limit: %n of %1 left", nullptr, entry->rateLimit.remaining).arg(QLocale().toString(entry->rateLimit.limit))
                              : QString());
}

QString RequestLogPage::keyForCopy(const RequestLogEntry &entry) const
{
    const bool withKey = m_includeKey->isChecked() && m_includeKey->isEnabled() && m_keyProvider;
    return withKey ? m_keyProvider(entry.workspace) : QString();
}

QString RequestLogPage::curlForSelection() const
{
    const RequestLogEntry *entry = selectedEntry();
    return entry ? curlCommand(*entry, keyForCopy(*entry)) : QString();
}

QString RequestLogPage::httpieForSelection() const
{
    const RequestLogEntry *entry = selectedEntry();
    return entry ? httpieCommand(*entry, keyForCopy(*entry)) : QString();
}

void RequestLogPage::copyToClipboard(const QString &text, const QString &confirmation)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    // Shown here and in the status bar; announced once, by the status bar's note.
    m_status->setText(confirmation);
    StatusNote::show(this, confirmation);
}

bool RequestLogPage::exportTo(const QString &fileName, QString *errorMessage)
{
    QList<RequestLogEntry> shown;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(m_log->entry(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    return exportRequestLog(shown, fileName, errorMessage);
}

void RequestLogPage::chooseExportFile()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export request log"), QStringLiteral("request-log.json"),
                                                          tr("JSON files (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportTo(fileName, &error))
        StatusNote::show(this, tr("Exported %n request(s) to %1.", nullptr, m_filter->rowCount()).arg(fileName));
    else
        QMessageBox::warning(this, tr("Export request log"), error);
}
