#include "log/requestlogfilter.h"

#include "log/requestlogmodel.h"

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

bool RequestLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto matches = [&index](const QString &wanted, int role) {
        return wanted.isEmpty() || index.data(role).toString() == wanted;
    };
    return matches(m_workspace, RequestLogModel::WorkspaceRole) && matches(m_statusClass, RequestLogModel::StatusClassRole)
           && matches(m_endpointPath, RequestLogModel::EndpointPathRole);
}

} // namespace Braze
