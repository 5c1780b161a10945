#pragma once

#include <QSortFilterProxyModel>

namespace Braze {

// The Request log page's filters: workspace, status class ("2xx", "4xx", "5xx", "none") and
// endpoint path. An empty value lets everything through.
class RequestLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequestLogFilter(QObject *parent = nullptr);

    void setWorkspace(const QString &workspace);
    void setStatusClass(const QString &statusClass);
    void setEndpointPath(const QString &path);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_workspace;
    QString m_statusClass;
    QString m_endpointPath;
};

} // namespace Braze
