#pragma once

#include "braze/log/requestlogentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace Braze {

// Every HTTP exchange of every client that writes to it, newest last; shown by the Request log
// page. Entries arrive already redacted (see RequestLogEntry). The oldest entries are dropped
// beyond maxEntries so a long session does not grow without bound.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, WorkspaceColumn, OriginColumn, MethodColumn, EndpointColumn, StatusColumn, DurationColumn, RateLimitColumn, ColumnCount };
    enum Role {
        WorkspaceRole = Qt::UserRole + 1,
        StatusClassRole, // "2xx", "3xx", "4xx", "5xx" or "none"
        EndpointPathRole,
        OriginKindRole, // RequestOrigin::Kind as int
    };

    explicit RequestLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const RequestLogEntry &entry);
    // Replaces everything (the log read back from disk at start-up).
    void reset(const QList<RequestLogEntry> &entries);
    void clear();
    const RequestLogEntry &entry(int row) const { return m_entries.at(row); }
    const QList<RequestLogEntry> &entries() const { return m_entries; }
    // The row of the last exchange of this call, or -1.
    int rowOfCall(quint64 callId) const;
    // How many entries came from the start-up permission check (hidden by default).
    int permissionCheckCount() const { return m_permissionChecks; }
    // The distinct workspaces and endpoint paths seen, for the page's filters.
    QStringList workspaces() const;
    QStringList endpointPaths() const;

    void setMaxEntries(int maxEntries);
    // When this run of the console began ("since the console started" in the time filter).
    QDateTime startedAt() const { return m_startedAt; }
    static QString statusClass(int httpStatus);
    // The path of an entry's URL without host and query ("/users/track").
    static QString endpointPath(const RequestLogEntry &entry);

signals:
    // A workspace or endpoint appeared that the filters do not list yet.
    void filterChoicesChanged();
    // An exchange was added (not emitted by reset()); the log file appends it.
    void entryAppended(const Braze::RequestLogEntry &entry);
    void cleared();

private:
    QList<RequestLogEntry> m_entries;
    // Every workspace and path seen since the last clear (also of entries dropped since).
    QSet<QString> m_workspaces;
    QSet<QString> m_paths;
    int m_maxEntries = 5000;
    int m_permissionChecks = 0;
    QDateTime m_startedAt;
};

} // namespace Braze
