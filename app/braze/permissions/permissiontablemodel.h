#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Braze {

enum class PermissionState { Unknown, Granted, Missing };

// What the permission probe found out about one workspace's key: one row per permission the
// console's endpoints need, with the partners that need it (braze-api.md §6.1), the verdict,
// when it was checked and why. Partner pages read their requirements from it.
class PermissionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PermissionColumn, NeededByColumn, StateColumn, CheckedColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, PermissionRole };

    struct Row
    {
        QString permission;
        QStringList neededBy;
        PermissionState state = PermissionState::Unknown;
        QDateTime checkedAt; // invalid: never checked
        QString detail;      // how it was checked, or why it is unknown
    };

    explicit PermissionTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setResult(const QString &permission, PermissionState state, const QString &detail, const QDateTime &checkedAt);
    PermissionState state(const QString &permission) const;
    const QList<Row> &rows() const { return m_rows; }
    // When the last complete check finished (invalid before the first one).
    QDateTime lastCheck() const { return m_lastCheck; }
    void setLastCheck(const QDateTime &time) { m_lastCheck = time; }
    // The partner's permissions that are not known to be granted.
    QStringList notGrantedFor(const QString &partner) const;

    static QString stateText(PermissionState state);

private:
    QList<Row> m_rows;
    QDateTime m_lastCheck;
};

} // namespace Braze
