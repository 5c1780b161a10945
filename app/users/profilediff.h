#pragma once

#include "users/userprofile.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Users {

// One difference between two fetches of the same profile. The path names the place the way
// the profile view does: "first_name", "custom_attributes.loyalty_points",
// "custom_events.quiz_completed", "subscription_groups.<group id>", "user_aliases.<label>".
struct ProfileChange
{
    enum class Kind { Added, Removed, Changed };

    QString path;
    Kind kind = Kind::Changed;
    QJsonValue before;
    QJsonValue after;
};

// What an action changed on a profile: the before/after comparison shown after the refetch.
class ProfileDiff
{
public:
    static ProfileDiff between(const UserProfile &before, const UserProfile &after);

    const QList<ProfileChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    // The change at exactly this path, or nullptr.
    const ProfileChange *find(const QString &path) const;
    // Whether this path or anything below it ("custom_attributes") changed.
    bool touches(const QString &path) const;
    // One line per change for a status area or the CLI: "custom_attributes.plan: "free" → "gold"".
    QStringList describe() const;

private:
    QList<ProfileChange> m_changes;
};

} // namespace Users
