#pragma once

#include "sandbox/apikeytable.h"
#include "sandbox/sandboxuser.h"
#include "sandbox/workspaceobjects.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <map>

// A subscription state set for an e-mail address or phone number that belonged to no profile.
// Braze keeps it for 30 days and hands it to a profile that appears within that window.
struct OrphanSubscription
{
    QString identifier;         // e-mail address or phone number
    QString groupId;
    QString state;
    qint64 atMs = 0;
};

// Everything the sandbox workspace knows: users, subscription groups, segments, API campaigns,
// send ids, what would have been sent, and the API keys. Users live in a std::map keyed by
// braze_id so pointers to them stay valid while others are added.
class SandboxState
{
public:
    static constexpr qint64 OrphanLifetimeMs = 30LL * 24 * 3600 * 1000;

    std::map<QString, SandboxUser> users;
    QList<SubscriptionGroup> groups;
    QList<Segment> segments;
    QList<ApiCampaign> campaigns;
    QList<QJsonObject> sendIds;         // {campaign_id, send_id, created_at_ms}
    QList<QJsonObject> dispatches;      // what would have been sent or is scheduled
    QList<OrphanSubscription> orphans;
    ApiKeyTable keys;

    SandboxUser *byExternalId(const QString &externalId);
    SandboxUser *byBrazeId(const QString &brazeId);
    SandboxUser *byAlias(const UserAlias &alias);
    QList<SandboxUser *> byEmail(const QString &email);
    QList<SandboxUser *> byPhone(const QString &phone);
    // Braze's rule for an ambiguous e-mail/phone: the most recently updated profile with an
    // external_id, else the most recently updated one.
    static SandboxUser *preferred(const QList<SandboxUser *> &candidates);

    SandboxUser &createUser(qint64 nowMs, qint64 readyDelayMs);
    void setExternalId(SandboxUser &user, const QString &externalId);
    void removeUser(const QString &brazeId);

    const SubscriptionGroup *group(const QString &id) const;
    const Segment *segment(const QString &id) const;
    const ApiCampaign *campaign(const QString &id) const;
    QJsonObject *dispatchBySchedule(const QString &scheduleId);

    // Applies what time has made true: profiles that became ready inherit orphaned states.
    void settle(qint64 nowMs);
    // A fresh id: 24 lower-case hex digits for braze_id, or a UUID-like one for dispatches.
    QString newHexId(int digits);

    QJsonObject toJson() const;
    static SandboxState fromJson(const QJsonObject &object);

private:
    QHash<QString, QString> m_externalIndex;   // external_id -> braze_id
    QList<QString> m_unready;                  // braze_ids not yet ready
    QRandomGenerator m_random{20261123};
};
