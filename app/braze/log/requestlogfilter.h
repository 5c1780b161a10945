#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace Braze {

struct RequestLogEntry;

// The Request log page's filters, all combined: workspace, status class ("2xx", "4xx", "5xx",
// "none"), endpoint path, a time range, a full-text search and whether the start-up permission
// check's requests are shown. An empty value lets everything through.
class RequestLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequestLogFilter(QObject *parent = nullptr);

    void setWorkspace(const QString &workspace);
    void setStatusClass(const QString &statusClass);
    void setEndpointPath(const QString &path);
    // Entries sent from `from` up to `to`; an invalid bound is open.
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    // Case-insensitive, in the method, URL, status, outcome, origin and both bodies.
    void setSearchText(const QString &text);
    void setShowPermissionChecks(bool show);
    bool showsPermissionChecks() const { return m_showPermissionChecks; }
    // Every filter back to "everything" (the permission checks stay as they were).
    void clearFilters();

    static bool matchesText(const RequestLogEntry &entry, const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_workspace;
    QString m_statusClass;
    QString m_endpointPath;
    QDateTime m_from;
    QDateTime m_to;
    QString m_searchText;
    bool m_showPermissionChecks = false;
};

} // namespace Braze
