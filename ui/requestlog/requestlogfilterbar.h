#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace Braze {
class RequestLogFilter;
class RequestLogModel;
}

// The filters above the request log, all combined: a full-text search (Ctrl+F), workspace,
// answer, endpoint, a time range, the "Show permission checks (N)" toggle and the number of
// matching requests.
class RequestLogFilterBar : public QWidget
{
    Q_OBJECT

public:
    RequestLogFilterBar(Braze::RequestLogModel *log, Braze::RequestLogFilter *filter, QWidget *parent = nullptr);

    // Every filter back to "all" (to show an entry they hide); permission checks are shown if
    // `showPermissionChecks`.
    void clearFilters(bool showPermissionChecks);

signals:
    void filtersChanged();

private:
    void refreshChoices();
    void refreshCounts();
    void applyFilters();
    void applyTimeRange();

    Braze::RequestLogModel *m_log;
    Braze::RequestLogFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_workspace;
    QComboBox *m_status;
    QComboBox *m_endpoint;
    QComboBox *m_time;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QCheckBox *m_permissionChecks;
    QLabel *m_matches;
    QTimer *m_searchDelay;
};
