#include "sandbox/sandboxstate.h"

#include <QJsonArray>

namespace Sandbox {

SandboxUser *SandboxState::byExternalId(const QString &externalId)
{
    const auto it = m_externalIndex.constFind(externalId);
    return it == m_externalIndex.constEnd() ? nullptr : byBrazeId(*it);
}

SandboxUser *SandboxState::byBrazeId(const QString &brazeId)
{
    const auto it = users.find(brazeId);
    return it == users.end() ? nullptr : &it->second;
}

SandboxUser *SandboxState::byAlias(const UserAlias &alias)
{
    for (auto &[id, user] : users) {
        if (user.hasAlias(alias))
            return &user;
    }
    return nullptr;
}

QList<SandboxUser *> SandboxState::byEmail(const QString &email)
{
    QList<SandboxUser *> found;
    for (auto &[id, user] : users) {
        if (!email.isEmpty() && user.email.compare(email, Qt::CaseInsensitive) == 0)
            found << &user;
    }
    return found;
}

QList<SandboxUser *> SandboxState::byPhone(const QString &phone)
{
    QList<SandboxUser *> found;
    for (auto &[id, user] : users) {
        if (!phone.isEmpty() && user.phone == phone)
            found << &user;
    }
    return found;
}

SandboxUser *SandboxState::preferred(const QList<SandboxUser *> &candidates)
{
    SandboxUser *best = nullptr;
    for (SandboxUser *u : candidates) {
        if (!best) {
            best = u;
            continue;
        }
        const bool uIdentified = !u->externalId.isEmpty();
        const bool bestIdentified = !best->externalId.isEmpty();
        if (uIdentified != bestIdentified) {
            if (uIdentified)
                best = u;
        } else if (u->updatedAtMs > best->updatedAtMs) {
            best = u;
        }
    }
    return best;
}

SandboxUser &SandboxState::createUser(qint64 nowMs, qint64 readyDelayMs)
{
    SandboxUser user;
    do {
        user.brazeId = newHexId(24);
    } while (users.count(user.brazeId));
    user.createdAtMs = user.updatedAtMs = nowMs;
    user.readyAtMs = nowMs + qMax<qint64>(0, readyDelayMs);
    user.randomBucket = int(m_random.bounded(10000));
    if (readyDelayMs > 0)
        m_unready << user.brazeId;
    const QString id = user.brazeId;
    return users.emplace(id, std::move(user)).first->second;
}

void SandboxState::setExternalId(SandboxUser &user, const QString &externalId)
{
    if (!user.externalId.isEmpty())
        m_externalIndex.remove(user.externalId);
    user.externalId = externalId;
    if (!externalId.isEmpty())
        m_externalIndex.insert(externalId, user.brazeId);
}

void SandboxState::renameExternalId(SandboxUser &user, const QString &newExternalId)
{
    if (!user.externalId.isEmpty())
        user.deprecatedExternalIds << user.externalId;
    user.externalId = newExternalId;
    m_externalIndex.insert(newExternalId, user.brazeId);
}

void SandboxState::removeDeprecatedExternalId(SandboxUser &user, const QString &deprecatedId)
{
    if (user.deprecatedExternalIds.removeAll(deprecatedId) > 0)
        m_externalIndex.remove(deprecatedId);
}

void SandboxState::removeUser(const QString &brazeId)
{
    const auto it = users.find(brazeId);
    if (it == users.end())
        return;
    const SandboxUser &user = it->second;
    if (!user.externalId.isEmpty())
        m_externalIndex.remove(user.externalId);
    for (const QString &deprecated : user.deprecatedExternalIds)
        m_externalIndex.remove(deprecated);
    // Deleting the only profile of an address deletes its orphaned states at once.
    orphans.removeIf([&](const OrphanSubscription &o) {
        return (!user.email.isEmpty() && o.identifier == user.email) || (!user.phone.isEmpty() && o.identifier == user.phone);
    });
    m_unready.removeAll(brazeId);
    users.erase(it);
}

const SubscriptionGroup *SandboxState::group(const QString &id) const
{
    for (const auto &g : groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const Segment *SandboxState::segment(const QString &id) const
{
    for (const auto &s : segments) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const ApiCampaign *SandboxState::campaign(const QString &id) const
{
    for (const auto &c : campaigns) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QJsonObject *SandboxState::dispatchBySchedule(const QString &scheduleId)
{
    for (auto &d : dispatches) {
        if (d.value(QLatin1String("schedule_id")).toString() == scheduleId)
            return &d;
    }
    return nullptr;
}

namespace {
template<typename T, typename Key>
T *findIn(QList<T> &list, Key key)
{
    for (auto &item : list) {
        if (key(item))
            return &item;
    }
    return nullptr;
}

QJsonArray listedJson(const QList<ListedAddress> &list)
{
    QJsonArray array;
    for (const auto &l : list) {
        array.append(QJsonObject{{QStringLiteral("address"), l.address}, {QStringLiteral("at_ms"), double(l.atMs)},
                                 {QStringLiteral("reason"), l.reason}});
    }
    return array;
}

QList<ListedAddress> listedFromJson(const QJsonValue &value)
{
    QList<ListedAddress> list;
    for (const auto &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        list.append({o.value(QLatin1String("address")).toString(), qint64(o.value(QLatin1String("at_ms")).toDouble()),
                     o.value(QLatin1String("reason")).toString()});
    }
    return list;
}

template<typename T>
QJsonArray objectsJson(const QList<T> &list)
{
    QJsonArray array;
    for (const auto &item : list)
        array.append(item.toJson());
    return array;
}

template<typename T>
QList<T> objectsFromJson(const QJsonValue &value)
{
    QList<T> list;
    for (const auto &v : value.toArray())
        list.append(T::fromJson(v.toObject()));
    return list;
}
} // namespace

Canvas *SandboxState::canvas(const QString &id)
{
    return findIn(canvases, [&](const Canvas &c) { return c.id == id; });
}

ContentBlock *SandboxState::contentBlock(const QString &id)
{
    return findIn(contentBlocks, [&](const ContentBlock &b) { return b.id == id; });
}

ContentBlock *SandboxState::contentBlockNamed(const QString &name)
{
    return findIn(contentBlocks, [&](const ContentBlock &b) { return b.name == name; });
}

EmailTemplate *SandboxState::emailTemplate(const QString &id)
{
    return findIn(emailTemplates, [&](const EmailTemplate &t) { return t.id == id; });
}

Catalog *SandboxState::catalog(const QString &name)
{
    return findIn(catalogs, [&](const Catalog &c) { return c.name == name; });
}

void SandboxState::settle(qint64 nowMs)
{
    if (m_unready.isEmpty())
        return;
    for (auto it = m_unready.begin(); it != m_unready.end();) {
        SandboxUser *user = byBrazeId(*it);
        if (user && !user->isReady(nowMs)) {
            ++it;
            continue;
        }
        if (user) {
            for (const auto &o : std::as_const(orphans)) {
                const bool matches = (!user->email.isEmpty() && o.identifier.compare(user->email, Qt::CaseInsensitive) == 0)
                    || (!user->phone.isEmpty() && o.identifier == user->phone);
                const auto existing = user->groups.constFind(o.groupId);
                const bool newer = existing == user->groups.constEnd() || existing->changedAtMs < o.atMs;
                if (matches && newer && nowMs - o.atMs <= OrphanLifetimeMs)
                    user->groups.insert(o.groupId, {o.state, QString(), o.atMs, 0});
            }
        }
        it = m_unready.erase(it);
    }
}

QString SandboxState::newHexId(int digits)
{
    QString id;
    id.reserve(digits);
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < digits; ++i)
        id.append(QLatin1Char(hex[m_random.bounded(16)]));
    return id;
}

QJsonObject SandboxState::toJson() const
{
    QJsonArray userArray, groupArray, segmentArray, campaignArray, sendIdArray, dispatchArray, orphanArray;
    for (const auto &[id, user] : users)
        userArray.append(user.toJson());
    for (const auto &g : groups)
        groupArray.append(g.toJson());
    for (const auto &s : segments)
        segmentArray.append(s.toJson());
    for (const auto &c : campaigns)
        campaignArray.append(c.toJson());
    for (const auto &s : sendIds)
        sendIdArray.append(s);
    for (const auto &d : dispatches)
        dispatchArray.append(d);
    for (const auto &o : orphans) {
        orphanArray.append(QJsonObject{{QStringLiteral("identifier"), o.identifier}, {QStringLiteral("group_id"), o.groupId},
                                       {QStringLiteral("state"), o.state}, {QStringLiteral("at_ms"), o.atMs}});
    }
    QJsonArray catalogArray, exportArray;
    for (const auto &c : catalogs) {
        QJsonObject catalog = c.toJson();
        QJsonArray items;
        for (const auto &item : c.items)
            items.append(item);
        catalog.insert(QStringLiteral("items"), items);
        catalogArray.append(catalog);
    }
    for (const auto &e : exports) {
        exportArray.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("segment_id"), e.segmentId},
                                       {QStringLiteral("ready_at_ms"), double(e.readyAtMs)},
                                       {QStringLiteral("lines"), QString::fromUtf8(e.lines)}});
    }
    return {{QStringLiteral("users"), userArray}, {QStringLiteral("subscription_groups"), groupArray},
            {QStringLiteral("segments"), segmentArray}, {QStringLiteral("campaigns"), campaignArray},
            {QStringLiteral("send_ids"), sendIdArray}, {QStringLiteral("dispatches"), dispatchArray},
            {QStringLiteral("orphan_subscriptions"), orphanArray}, {QStringLiteral("canvases"), objectsJson(canvases)},
            {QStringLiteral("content_blocks"), objectsJson(contentBlocks)},
            {QStringLiteral("email_templates"), objectsJson(emailTemplates)}, {QStringLiteral("catalogs"), catalogArray},
            {QStringLiteral("scheduled_broadcasts"), objectsJson(scheduledBroadcasts)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("hard_bounces"), listedJson(hardBounces)}, {QStringLiteral("spam_reports"), listedJson(spamReports)},
            {QStringLiteral("unsubscribes"), listedJson(unsubscribes)},
            {QStringLiteral("invalid_phone_numbers"), listedJson(invalidPhones)},
            {QStringLiteral("exports"), exportArray}, {QStringLiteral("keys"), keys.toJson()}};
}

SandboxState SandboxState::fromJson(const QJsonObject &o)
{
    SandboxState state;
    for (const auto &v : o.value(QLatin1String("users")).toArray()) {
        SandboxUser user = SandboxUser::fromJson(v.toObject());
        if (user.brazeId.isEmpty())
            continue;
        const QString id = user.brazeId;
        QStringList externalIds = user.deprecatedExternalIds;
        if (!user.externalId.isEmpty())
            externalIds << user.externalId;
        state.m_unready << id;      // settle() drops the ones already ready
        state.users.emplace(id, std::move(user));
        for (const QString &externalId : std::as_const(externalIds))
            state.m_externalIndex.insert(externalId, id);
    }
    for (const auto &v : o.value(QLatin1String("subscription_groups")).toArray())
        state.groups << SubscriptionGroup::fromJson(v.toObject());
    for (const auto &v : o.value(QLatin1String("segments")).toArray())
        state.segments << Segment::fromJson(v.toObject());
    for (const auto &v : o.value(QLatin1String("campaigns")).toArray())
        state.campaigns << ApiCampaign::fromJson(v.toObject());
    for (const auto &v : o.value(QLatin1String("send_ids")).toArray())
        state.sendIds << v.toObject();
    for (const auto &v : o.value(QLatin1String("dispatches")).toArray())
        state.dispatches << v.toObject();
    for (const auto &v : o.value(QLatin1String("orphan_subscriptions")).toArray()) {
        const QJsonObject ob = v.toObject();
        state.orphans << OrphanSubscription{ob.value(QLatin1String("identifier")).toString(),
                                            ob.value(QLatin1String("group_id")).toString(),
                                            ob.value(QLatin1String("state")).toString(),
                                            qint64(ob.value(QLatin1String("at_ms")).toDouble())};
    }
    state.canvases = objectsFromJson<Canvas>(o.value(QLatin1String("canvases")));
    state.contentBlocks = objectsFromJson<ContentBlock>(o.value(QLatin1String("content_blocks")));
    state.emailTemplates = objectsFromJson<EmailTemplate>(o.value(QLatin1String("email_templates")));
    state.catalogs = objectsFromJson<Catalog>(o.value(QLatin1String("catalogs")));
    state.scheduledBroadcasts = objectsFromJson<ScheduledBroadcast>(o.value(QLatin1String("scheduled_broadcasts")));
    for (const auto &t : o.value(QLatin1String("tags")).toArray())
        state.tags << t.toString();
    state.hardBounces = listedFromJson(o.value(QLatin1String("hard_bounces")));
    state.spamReports = listedFromJson(o.value(QLatin1String("spam_reports")));
    state.unsubscribes = listedFromJson(o.value(QLatin1String("unsubscribes")));
    state.invalidPhones = listedFromJson(o.value(QLatin1String("invalid_phone_numbers")));
    for (const auto &v : o.value(QLatin1String("exports")).toArray()) {
        const QJsonObject e = v.toObject();
        state.exports.append({e.value(QLatin1String("id")).toString(), e.value(QLatin1String("segment_id")).toString(),
                              qint64(e.value(QLatin1String("ready_at_ms")).toDouble()),
                              e.value(QLatin1String("lines")).toString().toUtf8()});
    }
    state.keys = ApiKeyTable::fromJson(o.value(QLatin1String("keys")).toArray());
    return state;
}

} // namespace Sandbox
