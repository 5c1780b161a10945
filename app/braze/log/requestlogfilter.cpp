#include "braze/log/requestlogfilter.h"

#include "braze/log/requestlogmodel.h"

namespace Braze {

RequestLogFilter::RequestLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void RequestLogFilter::setWorkspace(const QString &workspace)
{
    m_workspace = workspace;
    invalidateFilter();
}

void RequestLogFilter::setStatusClass(const QString &statusClass)
{
    m_statusClass = statusClass;
    invalidateFilter();
}

void RequestLogFilter::setEndpointPath(const QString &path)
{
    m_endpointPath = path;
    invalidateFilter();
}

void RequestLogFilter::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void RequestLogFilter::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    invalidateFilter();
}

void RequestLogFilter::setShowPermissionChecks(bool show)
{
    m_showPermissionChecks = show;
    invalidateFilter();
}

void RequestLogFilter::clearFilters()
{
    m_workspace.clear();
    m_statusClass.clear();
    m_endpointPath.clear();
    m_from = m_to = QDateTime();
    m_searchText.clear();
    invalidateFilter();
}

bool RequestLogFilter::matchesText(const RequestLogEntry &entry, const QString &text)
{
    if (text.isEmpty())
        return true;
    const auto has = [&text](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
    return has(QString::fromLatin1(entry.method)) || has(entry.url) || has(QString::number(entry.httpStatus)) || has(entry.outcome)
           || has(entry.origin.label()) || has(QString::fromUtf8(entry.requestBody)) || has(QString::fromUtf8(entry.responseBody));
}

bool RequestLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *log = qobject_cast<const RequestLogModel *>(sourceModel());
    if (!log || sourceParent.isValid())
        return false;
    const RequestLogEntry &entry = log->entry(sourceRow);
    if (!m_showPermissionChecks && entry.origin.kind == RequestOrigin::Kind::PermissionCheck)
        return false;
    if (!m_workspace.isEmpty() && entry.workspace != m_workspace)
        return false;
    if (!m_statusClass.isEmpty() && RequestLogModel::statusClass(entry.httpStatus) != m_statusClass)
        return false;
    if (!m_endpointPath.isEmpty() && RequestLogModel::endpointPath(entry) != m_endpointPath)
        return false;
    if ((m_from.isValid() && entry.time < m_from) || (m_to.isValid() && entry.time > m_to))
        return false;
    return matchesText(entry, m_searchText);
}

} // namespace Braze
