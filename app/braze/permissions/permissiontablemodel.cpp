#include "braze/permissions/permissiontablemodel.h"

#include "braze/endpoints.h"
#include "braze/permissions/partnerpermissions.h"

namespace Braze {

PermissionTableModel::PermissionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const EndpointInfo &info : allEndpoints()) {
        if (info.permission.isEmpty() || std::any_of(m_rows.cbegin(), m_rows.cend(), [&info](const Row &row) { return row.permission == info.permission; }))
            continue;
        m_rows.append({info.permission, partnersNeeding(info.permission), PermissionState::Unknown, {},
                       tr("Not checked yet.")});
    }
}

int PermissionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PermissionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PermissionTableModel::stateText(PermissionState state)
{
    switch (state) {
    case PermissionState::Granted: return tr("granted");
    case PermissionState::Missing: return tr("missing");
    case PermissionState::Unknown: break;
    }
    return tr("unknown");
}

QVariant PermissionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == StateRole)
        return int(row.state);
    if (role == PermissionRole)
        return row.permission;
    if (role == Qt::ToolTipRole)
        return row.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PermissionColumn: return row.permission;
    case NeededByColumn: return row.neededBy.isEmpty() ? tr("(no seed partner)") : row.neededBy.join(QStringLiteral(", "));
    case StateColumn: return stateText(row.state);
    case CheckedColumn: return row.checkedAt.isValid() ? row.checkedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    default: return {};
    }
}

QVariant PermissionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PermissionColumn: return tr("Permission");
    case NeededByColumn: return tr("Needed by");
    case StateColumn: return tr("State");
    case CheckedColumn: return tr("Checked");
    default: return {};
    }
}

void PermissionTableModel::setResult(const QString &permission, PermissionState state, const QString &detail, const QDateTime &checkedAt)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.permission != permission)
            continue;
        row.state = state;
        row.detail = detail;
        row.checkedAt = checkedAt;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        return;
    }
}

PermissionState PermissionTableModel::state(const QString &permission) const
{
    for (const Row &row : m_rows) {
        if (row.permission == permission)
            return row.state;
    }
    return PermissionState::Unknown;
}

QStringList PermissionTableModel::notGrantedFor(const QString &partner) const
{
    QStringList result;
    for (const PartnerRequirement &requirement : partnerRequirements()) {
        if (requirement.partner != partner)
            continue;
        for (const QString &permission : requirement.permissions) {
            if (state(permission) != PermissionState::Granted)
                result.append(permission);
        }
    }
    return result;
}

} // namespace Braze
