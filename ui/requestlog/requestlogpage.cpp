#include "requestlogpage.h"

#include "log/curlcommand.h"
#include "log/requestlogexport.h"
#include "log/requestlogfilter.h"
#include "log/requestlogmodel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
    , m_workspaceFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_endpointFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_includeKey(new QCheckBox(tr("Include API key"), this))
    , m_copyCurl(new QPushButton(tr("Copy as cURL"), this))
    , m_status(new QLabel(this))
{
    m_workspaceFilter->setObjectName(QStringLiteral("workspaceFilter"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_endpointFilter->setObjectName(QStringLiteral("endpointFilter"));
    m_table->setObjectName(QStringLiteral("requestTable"));
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    m_includeKey->setObjectName(QStringLiteral("includeKey"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));

    m_statusFilter->addItem(tr("All answers"), QString());
    m_statusFilter->addItem(tr("Success (2xx)"), QStringLiteral("2xx"));
    m_statusFilter->addItem(tr("Refused (4xx)"), QStringLiteral("4xx"));
    m_statusFilter->addItem(tr("Server errors (5xx)"), QStringLiteral("5xx"));
    m_statusFilter->addItem(tr("No answer"), QStringLiteral("none"));

    m_filter->setSourceModel(m_log);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a request to see its headers and bodies."));
    m_includeKey->setToolTip(tr("Puts the workspace's API key into the copied command. Leave it off to paste the command safely; "
                                "the command then reads the key from $BRAZE_API_KEY."));
    m_includeKey->setEnabled(false);
    m_copyCurl->setEnabled(false);

    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportLog"));
    auto *clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(QStringLiteral("clearLog"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Workspace:"), this));
    filters->addWidget(m_workspaceFilter);
    filters->addWidget(new QLabel(tr("Answer:"), this));
    filters->addWidget(m_statusFilter);
    filters->addWidget(new QLabel(tr("Endpoint:"), this));
    filters->addWidget(m_endpointFilter, 1);
    filters->addWidget(exportButton);
    filters->addWidget(clearButton);

    auto *detailBar = new QHBoxLayout;
    detailBar->addWidget(m_status, 1);
    detailBar->addWidget(m_includeKey);
    detailBar->addWidget(m_copyCurl);

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addLayout(detailBar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    refreshFilterChoices();
    connect(m_log, &RequestLogModel::filterChoicesChanged, this, &RequestLogPage::refreshFilterChoices);
    for (QComboBox *box : {m_workspaceFilter, m_statusFilter, m_endpointFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &RequestLogPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RequestLogPage::showSelection);
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestLogPage::copyCurl);
    connect(exportButton, &QPushButton::clicked, this, &RequestLogPage::chooseExportFile);
    connect(clearButton, &QPushButton::clicked, m_log, &RequestLogModel::clear);
}

void RequestLogPage::setApiKeyProvider(std::function<QString(const QString &)> provider)
{
    m_keyProvider = std::move(provider);
    showSelection();
}

void RequestLogPage::refreshFilterChoices()
{
    const auto refill = [](QComboBox *box, const QString &allText, const QStringList &values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(allText, QString());
        for (const QString &value : values)
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_workspaceFilter, tr("All workspaces"), m_log->workspaces());
    refill(m_endpointFilter, tr("All endpoints"), m_log->endpointPaths());
    applyFilters();
}

void RequestLogPage::applyFilters()
{
    m_filter->setWorkspace(m_workspaceFilter->currentData().toString());
    m_filter->setStatusClass(m_statusFilter->currentData().toString());
    m_filter->setEndpointPath(m_endpointFilter->currentData().toString());
}

bool RequestLogPage::selectCall(quint64 callId)
{
    for (int row = m_log->rowCount() - 1; row >= 0; --row) {
        if (m_log->entry(row).callId != callId)
            continue;
        QModelIndex shown = m_filter->mapFromSource(m_log->index(row, 0));
        if (!shown.isValid()) {
            for (QComboBox *filter : {m_workspaceFilter, m_statusFilter, m_endpointFilter})
                filter->setCurrentIndex(0);
            applyFilters();
            shown = m_filter->mapFromSource(m_log->index(row, 0));
        }
        m_table->selectRow(shown.row());
        m_table->scrollTo(shown);
        return true;
    }
    return false;
}

const RequestLogEntry *RequestLogPage::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = m_filter->mapToSource(rows.first());
    return source.isValid() ? &m_log->entry(source.row()) : nullptr;
}

void RequestLogPage::showSelection()
{
    const RequestLogEntry *entry = selectedEntry();
    m_copyCurl->setEnabled(entry != nullptr);
    m_includeKey->setEnabled(entry != nullptr && entry->carriesApiKey && m_keyProvider != nullptr);
    if (!entry) {
        m_detail->clear();
        m_status->clear();
        return;
    }
    QString text = QStringLiteral("%1 %2\n").arg(QString::fromLatin1(entry->method), entry->url);
    text += tr("Workspace: %1 · attempt %2 · %3 ms").arg(entry->workspace).arg(entry->attempt).arg(entry->durationMs) + QLatin1Char('\n');
    if (!entry->outcome.isEmpty())
        text += entry->outcome + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Request headers") + QLatin1Char('\n') + headersText(entry->requestHeaders);
    if (!entry->requestBody.isEmpty())
        text += QLatin1Char('\n') + tr("Request body") + QLatin1Char('\n') + prettyBody(entry->requestBody) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Response %1").arg(entry->httpStatus) + QLatin1Char('\n') + headersText(entry->responseHeaders);
    if (!entry->responseBody.isEmpty())
        text += QLatin1Char('\n') + prettyBody(entry->responseBody);
    m_detail->setPlainText(text);
    m_status->setText(entry->rateLimit.remaining >= 0
                          ? tr("Rate limit: %n of %1 left", nullptr, entry->rateLimit.remaining).arg(QLocale().toString(entry->rateLimit.limit))
                          : QString());
}

QString RequestLogPage::curlForSelection() const
{
    const RequestLogEntry *entry = selectedEntry();
    if (!entry)
        return {};
    const bool withKey = m_includeKey->isChecked() && m_includeKey->isEnabled() && m_keyProvider;
    return curlCommand(*entry, withKey ? m_keyProvider(entry->workspace) : QString());
}

void RequestLogPage::copyCurl()
{
    const QString command = curlForSelection();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    m_status->setText(m_includeKey->isChecked() ? tr("Copied, with the API key: do not share it.")
                                                : tr("Copied. Set BRAZE_API_KEY in your shell before running it."));
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
        m_status->setText(tr("Exported %n request(s) to %1.", nullptr, m_filter->rowCount()).arg(fileName));
    else
        QMessageBox::warning(this, tr("Export request log"), error);
}
