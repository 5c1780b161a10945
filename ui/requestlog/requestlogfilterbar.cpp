#include "requestlog/requestlogfilterbar.h"

#include "braze/log/requestlogfilter.h"
#include "braze/log/requestlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Braze;

namespace {

// The time range choices; the value is the number of minutes back, or one of these.
constexpr int AnyTime = 0;
constexpr int SinceStart = -1;
constexpr int CustomRange = -2;

} // namespace

RequestLogFilterBar::RequestLogFilterBar(RequestLogModel *log, RequestLogFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_filter(filter)
    , m_search(new QLineEdit(this))
    , m_workspace(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_endpoint(new QComboBox(this))
    , m_time(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_permissionChecks(new QCheckBox(this))
    , m_matches(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_workspace->setObjectName(QStringLiteral("workspaceFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_endpoint->setObjectName(QStringLiteral("endpointFilter"));
    m_time->setObjectName(QStringLiteral("timeFilter"));
    m_from->setObjectName(QStringLiteral("timeFrom"));
    m_to->setObjectName(QStringLiteral("timeTo"));
    m_permissionChecks->setObjectName(QStringLiteral("showPermissionChecks"));
    m_matches->setObjectName(QStringLiteral("matchCount"));

    m_search->setPlaceholderText(tr("Search method, path, bodies and status (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the request log"));
    m_status->addItem(tr("All answers"), QString());
    m_status->addItem(tr("Success (2xx)"), QStringLiteral("2xx"));
    m_status->addItem(tr("Refused (4xx)"), QStringLiteral("4xx"));
    m_status->addItem(tr("Server errors (5xx)"), QStringLiteral("5xx"));
    m_status->addItem(tr("No answer"), QStringLiteral("none"));
    m_time->addItem(tr("Any time"), AnyTime);
    m_time->addItem(tr("Last 15 minutes"), 15);
    m_time->addItem(tr("Last hour"), 60);
    m_time->addItem(tr("Last 24 hours"), 24 * 60);
    m_time->addItem(tr("Since the console started"), SinceStart);
    m_time->addItem(tr("Between…"), CustomRange);
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addSecs(-3600));
    m_to->setDateTime(now.addSecs(3600));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }
    m_permissionChecks->setToolTip(tr("The requests the console sends at start-up to find out which permissions the API key has. "
                                      "Refusals among them are expected and change nothing."));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_permissionChecks);
    searchRow->addWidget(m_matches);

    // Two rows of two filters: one row of four is wider than the page in German and French.
    auto *filterRows = new QGridLayout;
    // Each label names its filter for screen readers (its buddy).
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *name = new QLabel(text, this);
        name->setBuddy(buddy);
        return name;
    };
    filterRows->addWidget(label(tr("Workspace:"), m_workspace), 0, 0);
    filterRows->addWidget(m_workspace, 0, 1);
    filterRows->addWidget(label(tr("Endpoint:"), m_endpoint), 0, 2);
    filterRows->addWidget(m_endpoint, 0, 3);
    filterRows->addWidget(label(tr("Answer:"), m_status), 1, 0);
    filterRows->addWidget(m_status, 1, 1);
    filterRows->addWidget(label(tr("Time:"), m_time), 1, 2);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time);
    timeRow->addWidget(m_from);
    timeRow->addWidget(m_to);
    timeRow->addStretch(1);
    filterRows->addLayout(timeRow, 1, 3);
    filterRows->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filterRows);

    refreshChoices();
    connect(m_log, &RequestLogModel::filterChoicesChanged, this, &RequestLogFilterBar::refreshChoices);
    for (QComboBox *box : {m_workspace, m_status, m_endpoint})
        connect(box, &QComboBox::currentIndexChanged, this, &RequestLogFilterBar::applyFilters);
    connect(m_time, &QComboBox::currentIndexChanged, this, &RequestLogFilterBar::applyTimeRange);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &RequestLogFilterBar::applyTimeRange);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &RequestLogFilterBar::applyTimeRange);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RequestLogFilterBar::applyFilters);
    connect(m_searchDelay, &QTimer::timeout, this, &RequestLogFilterBar::applyFilters);
    connect(m_permissionChecks, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowPermissionChecks(show);
        refreshCounts();
        emit filtersChanged();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_log, signal, this, &RequestLogFilterBar::refreshCounts);
    connect(m_log, &QAbstractItemModel::modelReset, this, &RequestLogFilterBar::refreshCounts);
    refreshCounts();
}

void RequestLogFilterBar::clearFilters(bool showPermissionChecks)
{
    for (QComboBox *box : {m_workspace, m_status, m_endpoint, m_time}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_from->setVisible(false);
    m_to->setVisible(false);
    m_filter->clearFilters();
    if (showPermissionChecks)
        m_permissionChecks->setChecked(true);
    refreshCounts();
    emit filtersChanged();
}

void RequestLogFilterBar::refreshChoices()
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
    refill(m_workspace, tr("All workspaces"), m_log->workspaces());
    refill(m_endpoint, tr("All endpoints"), m_log->endpointPaths());
    applyFilters();
}

void RequestLogFilterBar::refreshCounts()
{
    m_permissionChecks->setText(tr("Show permission checks (%n)", nullptr, m_log->permissionCheckCount()));
    const int total = m_log->rowCount() - (m_filter->showsPermissionChecks() ? 0 : m_log->permissionCheckCount());
    const int shown = m_filter->rowCount();
    m_matches->setText(shown == total ? tr("%n request(s)", nullptr, total) : tr("%1 of %n request(s) match", nullptr, total).arg(shown));
}

void RequestLogFilterBar::applyFilters()
{
    m_searchDelay->stop();
    m_filter->setWorkspace(m_workspace->currentData().toString());
    m_filter->setStatusClass(m_status->currentData().toString());
    m_filter->setEndpointPath(m_endpoint->currentData().toString());
    m_filter->setSearchText(m_search->text());
    refreshCounts();
    emit filtersChanged();
}

void RequestLogFilterBar::applyTimeRange()
{
    const int choice = m_time->currentData().toInt();
    m_from->setVisible(choice == CustomRange);
    m_to->setVisible(choice == CustomRange);
    QDateTime from;
    QDateTime to;
    if (choice == CustomRange) {
        from = m_from->dateTime();
        to = m_to->dateTime();
    } else if (choice == SinceStart) {
        from = m_log->startedAt();
    } else if (choice > 0) {
        from = QDateTime::currentDateTimeUtc().addSecs(-60LL * choice);
    }
    m_filter->setTimeRange(from, to);
    refreshCounts();
    emit filtersChanged();
}
