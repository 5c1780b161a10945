#pragma once

#include "sandbox/apikeytable.h"
#include "sandbox/sandboxuser.h"
#include "sandbox/workspacecontent.h"
#include "sandbox/workspaceobjects.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <map>

namespace Sandbox {

// A subscription state set for an e-mail address or phone number that belonged to no profile.
// Braze keeps it for 30 days and hands it to a profile that appears within that window.
struct OrphanSubscription
{
    QString identifier;         // e-mail address or phone number
    QString groupId;
    QString state;
    qint64 atMs = 0;
};

// An address on one of Braze's e-mail or SMS lists (hard bounces, spam, unsubscribes, invalid
// phone numbers) and when it got there.
struct ListedAddress
{
    QString address;
    qint64 atMs = 0;
    QString reason;             // invalid numbers: "provider_error" | "deactivated"
};

// A /users/export/segment or /users/export/global_control_group job: the JSON lines are taken
// when the export starts and served at its URL once readyAtMs has passed.
struct ExportJob
{
    QString id;                 // also the object_prefix
    QString segmentId;          // empty: global control group
    qint64 readyAtMs = 0;
    QByteArray lines;
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
    QList<Canvas> canvases;
    QList<ContentBlock> contentBlocks;
    QList<EmailTemplate> emailTemplates;
    QList<Catalog> catalogs;
    QList<ScheduledBroadcast> scheduledBroadcasts;
    QStringList tags;                   // tags defined in the workspace (new content must use them)
    QList<ListedAddress> hardBounces;
    QList<ListedAddress> spamReports;
    QList<ListedAddress> unsubscribes;
    QList<ListedAddress> invalidPhones;
    QList<ExportJob> exports;
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
    // /users/external_ids/rename: the new id becomes primary, the old one stays as a deprecated
    // id that still finds the user until removeDeprecatedExternalId().
    void renameExternalId(SandboxUser &user, const QString &newExternalId);
    void removeDeprecatedExternalId(SandboxUser &user, const QString &deprecatedId);
    void removeUser(const QString &brazeId);

    const SubscriptionGroup *group(const QString &id) const;
    const Segment *segment(const QString &id) const;
    const ApiCampaign *campaign(const QString &id) const;
    QJsonObject *dispatchBySchedule(const QString &scheduleId);
    Canvas *canvas(const QString &id);
    ContentBlock *contentBlock(const QString &id);
    ContentBlock *contentBlockNamed(const QString &name);
    EmailTemplate *emailTemplate(const QString &id);
    Catalog *catalog(const QString &name);

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

} // namespace Sandbox
