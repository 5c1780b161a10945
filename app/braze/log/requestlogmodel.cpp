#include "braze/log/requestlogmodel.h"

#include <QLocale>
#include <QUrl>

namespace Braze {

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::statusClass(int httpStatus)
{
    if (httpStatus < 100)
        return QStringLiteral("none");
    return QStringLiteral("%1xx").arg(httpStatus / 100);
}

QString RequestLogModel::endpointPath(const RequestLogEntry &entry)
{
    return QUrl(entry.url).path();
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RequestLogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case WorkspaceRole: return entry.workspace;
    case StatusClassRole: return statusClass(entry.httpStatus);
    case EndpointPathRole: return endpointPath(entry);
    case OriginKindRole: return int(entry.origin.kind);
    case Qt::ToolTipRole:
        if (index.column() == OriginColumn && entry.origin.kind == RequestOrigin::Kind::PermissionCheck)
            return tr("At start-up the console asks Braze once per permission whether the API key has it. A refusal (400, 401, 403) "
                      "is the expected answer for a permission the key lacks: nothing was changed in the workspace.");
        return entry.outcome.isEmpty() ? QVariant() : QVariant(entry.outcome);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn: return entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case WorkspaceColumn: return entry.workspace;
    case OriginColumn: return entry.origin.label();
    case MethodColumn: return QString::fromLatin1(entry.method);
    case EndpointColumn: return endpointPath(entry);
    case StatusColumn:
        if (entry.httpStatus == 0)
            return entry.outcome.isEmpty() ? tr("no answer") : entry.outcome;
        return entry.attempt > 1 ? tr("%1 (attempt %2)").arg(entry.httpStatus).arg(entry.attempt) : QString::number(entry.httpStatus);
    case DurationColumn: return tr("%L1 ms").arg(entry.durationMs);
    case RateLimitColumn:
        if (entry.rateLimit.remaining < 0)
            return QString();
        return tr("%n of %1 left", nullptr, entry.rateLimit.remaining).arg(QLocale().toString(entry.rateLimit.limit));
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case WorkspaceColumn: return tr("Workspace");
    case OriginColumn: return tr("Origin");
    case MethodColumn: return tr("Method");
    case EndpointColumn: return tr("Endpoint");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case RateLimitColumn: return tr("Rate limit");
    default: return {};
    }
}

void RequestLogModel::append(const RequestLogEntry &entry)
{
    const QString path = endpointPath(entry);
    const bool newChoice = !m_workspaces.contains(entry.workspace) || !m_paths.contains(path);
    m_workspaces.insert(entry.workspace);
    m_paths.insert(path);
    if (m_entries.size() >= m_maxEntries) {
        beginRemoveRows({}, 0, 0);
        if (m_entries.first().origin.kind == RequestOrigin::Kind::PermissionCheck)
            --m_permissionChecks;
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    if (entry.origin.kind == RequestOrigin::Kind::PermissionCheck)
        ++m_permissionChecks;
    endInsertRows();
    emit entryAppended(entry);
    if (newChoice)
        emit filterChoicesChanged();
}

void RequestLogModel::reset(const QList<RequestLogEntry> &entries)
{
    beginResetModel();
    m_entries = entries.mid(std::max<qsizetype>(0, entries.size() - m_maxEntries));
    m_workspaces.clear();
    m_paths.clear();
    m_permissionChecks = 0;
    for (const RequestLogEntry &entry : std::as_const(m_entries)) {
        m_workspaces.insert(entry.workspace);
        m_paths.insert(endpointPath(entry));
        if (entry.origin.kind == RequestOrigin::Kind::PermissionCheck)
            ++m_permissionChecks;
    }
    endResetModel();
    emit filterChoicesChanged();
}

int RequestLogModel::rowOfCall(quint64 callId) const
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).callId == callId)
            return row;
    }
    return -1;
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_workspaces.clear();
    m_paths.clear();
    m_permissionChecks = 0;
    endResetModel();
    emit cleared();
    emit filterChoicesChanged();
}

QStringList RequestLogModel::workspaces() const
{
    QStringList result(m_workspaces.cbegin(), m_workspaces.cend());
    result.sort();
    return result;
}

QStringList RequestLogModel::endpointPaths() const
{
    QStringList result(m_paths.cbegin(), m_paths.cend());
    result.sort();
    return result;
}

void RequestLogModel::setMaxEntries(int maxEntries)
{
    m_maxEntries = std::max(1, maxEntries);
}

} // namespace Braze
