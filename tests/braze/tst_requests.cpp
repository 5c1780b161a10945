#include "braze/endpoints.h"
#include "braze/requests/messagingrequests.h"
#include "braze/requests/reportrequests.h"
#include "braze/requests/subscriptionrequests.h"
#include "braze/requests/userrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Braze;

namespace {

QJsonObject bodyOf(const PreparedRequest &prepared)
{
    return QJsonDocument::fromJson(prepared.request.body).object();
}

QStringList fieldsOf(const ValidationIssues &issues)
{
    QStringList fields;
    for (const ValidationIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

} // namespace

// The typed calls produce exactly the bodies of braze-api.md, and refuse what Braze would refuse.
class TestRequests : public QObject
{
    Q_OBJECT

private slots:
    void endpointTableCoversEveryCall()
    {
        QCOMPARE(allEndpoints().size(), 65);     // braze-api.md §11 (19), braze-api-more.md §2-§8 (45), Raw
        QCOMPARE(endpointInfo(Endpoint::SubscriptionUserStatus).permission, QStringLiteral("subscription.groups.get"));
        QCOMPARE(endpointInfo(Endpoint::SubscriptionStatusSetV2).path, QStringLiteral("/v2/subscription/status/set"));
        QCOMPARE(endpointInfo(Endpoint::SubscriptionStatusSetV2).rateLimit.bucket, endpointInfo(Endpoint::SubscriptionStatusSet).rateLimit.bucket);
        QVERIFY(!endpointInfo(Endpoint::UsersTrack).safeToRepeat);
        QVERIFY(endpointInfo(Endpoint::UsersExportIds).safeToRepeat);
        QCOMPARE(endpointFor("post", QStringLiteral("/users/track/")).id, Endpoint::UsersTrack);
        QCOMPARE(endpointFor("GET", QStringLiteral("/users/track")).id, Endpoint::Raw);
    }

    void trackCreatesAliasOnlyProfileLikeTheCorrectedQuiklySeed()
    {
        TrackRequest request;
        AttributeUpdate update;
        update.user = UserIdentifier::alias(QStringLiteral("email@example.com"), QStringLiteral("email"));
        update.attributes.insert(QStringLiteral("email"), QStringLiteral("email@example.com"));
        update.updateExistingOnly = false;
        request.attributes.append(update);
        const PreparedRequest prepared = prepare(request);
        QVERIFY(prepared.issues.isEmpty());
        QCOMPARE(prepared.request.method, QByteArray("POST"));
        QCOMPARE(prepared.request.path, QStringLiteral("/users/track"));
        const QJsonObject attributes = bodyOf(prepared).value(QStringLiteral("attributes")).toArray().first().toObject();
        QCOMPARE(attributes.value(QStringLiteral("_update_existing_only")), QJsonValue(false));
        QCOMPARE(attributes.value(QStringLiteral("user_alias")).toObject().value(QStringLiteral("alias_label")).toString(), QStringLiteral("email"));
        QVERIFY(!attributes.contains(QStringLiteral("user_alias:")));
    }

    void trackRejectsBadObjects()
    {
        TrackRequest request;
        AttributeUpdate badName{UserIdentifier::externalId(QStringLiteral("u1")), {{QStringLiteral("$score"), 1}}, {}};
        TrackEvent badEvent{UserIdentifier::phone(QStringLiteral("5555550123")), QStringLiteral("joined"), QStringLiteral("yesterday"), {{QStringLiteral("time"), 1}}, {}, {}};
        request.attributes.append(badName);
        request.events.append(badEvent);
        const QStringList fields = fieldsOf(prepare(request).issues);
        QVERIFY(fields.contains(QStringLiteral("attributes[0].$score")));
        QVERIFY(fields.contains(QStringLiteral("events[0]")));            // phone without +
        QVERIFY(fields.contains(QStringLiteral("events[0].time")));
        QVERIFY(fields.contains(QStringLiteral("events[0].properties")));

        TrackRequest tooMany;
        for (int i = 0; i < 76; ++i)
            tooMany.attributes.append({UserIdentifier::externalId(QString::number(i)), {{QStringLiteral("a"), i}}, {}});
        QCOMPARE(fieldsOf(prepare(tooMany).issues), QStringList{QStringLiteral("attributes")});
        QVERIFY(!prepare(TrackRequest{}).issues.isEmpty());
    }

    void exportUsesEmailAddressAndCapsIds()
    {
        ExportIdsRequest request;
        request.users = {UserIdentifier::email(QStringLiteral("email@example.com"))};
        request.fieldsToExport = {QStringLiteral("external_id"), QStringLiteral("email")};
        const QJsonObject body = bodyOf(prepare(request));
        QCOMPARE(body.value(QStringLiteral("email_address")).toString(), QStringLiteral("email@example.com"));
        QVERIFY(!body.contains(QStringLiteral("email")));

        ExportIdsRequest big;
        for (int i = 0; i < 51; ++i)
            big.users.append(i % 2 ? UserIdentifier::externalId(QString::number(i)) : UserIdentifier::alias(QString::number(i), QStringLiteral("l")));
        QCOMPARE(prepare(big).issues.size(), 1);

        ExportIdsRequest twoEmails;
        twoEmails.users = {UserIdentifier::email(QStringLiteral("a@example.com")), UserIdentifier::email(QStringLiteral("b@example.com"))};
        QCOMPARE(fieldsOf(prepare(twoEmails).issues), QStringList{QStringLiteral("email_address")});
    }

    void identityCalls()
    {
        IdentifyRequest identify;
        identify.items = {{QStringLiteral("user_123"), UserIdentifier::alias(QStringLiteral("email@example.com"), QStringLiteral("email")), {}}};
        const QJsonObject body = bodyOf(prepare(identify));
        QCOMPARE(body.value(QStringLiteral("aliases_to_identify")).toArray().first().toObject().value(QStringLiteral("external_id")).toString(), QStringLiteral("user_123"));
        IdentifyRequest byEmail;
        byEmail.items = {{QStringLiteral("user_123"), UserIdentifier::email(QStringLiteral("a@example.com")), {}}};
        QVERIFY(fieldsOf(prepare(byEmail).issues).contains(QStringLiteral("items[0].prioritization")));

        DeleteRequest mixed;
        mixed.users = {UserIdentifier::externalId(QStringLiteral("a")), UserIdentifier::brazeId(QStringLiteral("b"))};
        QVERIFY(!prepare(mixed).issues.isEmpty());
        DeleteRequest ids;
        ids.users = {UserIdentifier::externalId(QStringLiteral("a"))};
        QCOMPARE(bodyOf(prepare(ids)).value(QStringLiteral("external_ids")).toArray().size(), 1);

        AliasNewRequest alias;
        alias.aliases = {{QStringLiteral("email@example.com"), QStringLiteral("email"), {}}};
        QCOMPARE(bodyOf(prepare(alias)).value(QStringLiteral("user_aliases")).toArray().first().toObject().keys(),
                 (QStringList{QStringLiteral("alias_label"), QStringLiteral("alias_name")}));
    }

    void subscriptionCalls()
    {
        SubscriptionChange change{QStringLiteral("group-1"), SubscriptionState::Subscribed, {UserIdentifier::phone(QStringLiteral("+13135551212"))}, false};
        const QJsonObject v1 = bodyOf(prepare(change));
        QCOMPARE(v1.value(QStringLiteral("subscription_state")).toString(), QStringLiteral("subscribed"));
        QCOMPARE(v1.value(QStringLiteral("phone")).toArray().first().toString(), QStringLiteral("+13135551212"));
        QVERIFY(!v1.contains(QStringLiteral("subscription_status")));

        SubscriptionChangesV2 v2{{change}};
        const QJsonObject item = bodyOf(prepare(v2)).value(QStringLiteral("subscription_groups")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("phones")).toArray().size(), 1);

        SubscriptionChange mixed = change;
        mixed.users.append(UserIdentifier::email(QStringLiteral("a@example.com")));
        QVERIFY(!prepare(mixed).issues.isEmpty());

        SubscriptionStatusQuery query{QStringLiteral("group-1"), {UserIdentifier::phone(QStringLiteral("+13135551212"))}};
        const PreparedRequest get = prepare(query);
        QCOMPARE(get.request.method, QByteArray("GET"));
        QVERIFY(get.request.body.isEmpty());
        // A "+" must travel as %2B, or Braze reads a space (braze-api.md §7.2).
        QVERIFY2(get.request.query.query(QUrl::FullyEncoded).contains(QLatin1String("phone=%2B13135551212")),
                 qPrintable(get.request.query.query(QUrl::FullyEncoded)));
    }

    void reportQueries()
    {
        QCOMPARE(prepare(SegmentListQuery{}).request.query.queryItemValue(QStringLiteral("page")), QStringLiteral("0"));
        QVERIFY(!prepare(SegmentDetailsQuery{}).issues.isEmpty());
        SegmentDataSeriesQuery series{QStringLiteral("seg"), 101, {}};
        QVERIFY(fieldsOf(prepare(series).issues).contains(QStringLiteral("length")));
        SendDataSeriesQuery sends{QStringLiteral("camp"), QStringLiteral("send"), 7, QStringLiteral("2025-04-01T00:00:00Z")};
        QVERIFY(prepare(sends).issues.isEmpty());
    }

    void messagingCalls()
    {
        ScheduleCreateRequest schedule;
        schedule.audience.segmentId = QStringLiteral("SEGMENT_ID");
        schedule.audience.broadcast = true;
        schedule.campaignId = QStringLiteral("API_CAMPAIGN_ID");
        schedule.schedule.time = QStringLiteral("2025-04-01T09:00:00Z");
        schedule.messages.insert(QStringLiteral("email"), QJsonObject{{QStringLiteral("app_id"), QStringLiteral("APP")}});
        const PreparedRequest prepared = prepare(schedule);
        QVERIFY(prepared.issues.isEmpty());
        QCOMPARE(bodyOf(prepared).value(QStringLiteral("schedule")).toObject().value(QStringLiteral("time")).toString(), schedule.schedule.time);

        schedule.schedule.inLocalTime = true; // local time must not name a zone
        QVERIFY(fieldsOf(prepare(schedule).issues).contains(QStringLiteral("schedule.time")));

        QVERIFY(!prepare(ScheduleUpdateRequest{QStringLiteral("id"), {}, {}}).issues.isEmpty());
        QVERIFY(prepare(ScheduleDeleteRequest{QStringLiteral("id")}).issues.isEmpty());
        QVERIFY(!prepare(SendIdCreateRequest{QStringLiteral("camp"), QString(65, QLatin1Char('x'))}).issues.isEmpty());

        TriggerSendRequest trigger;
        trigger.campaignId = QStringLiteral("CAMPAIGN_ID");
        TriggerRecipient offer;
        offer.user = UserIdentifier::externalId(QStringLiteral("user_123"));
        offer.triggerProperties = {{QStringLiteral("offer"), QStringLiteral("10OFF")}};
        trigger.recipients.append(offer);
        const QJsonObject recipient = bodyOf(prepare(trigger)).value(QStringLiteral("recipients")).toArray().first().toObject();
        QCOMPARE(recipient.value(QStringLiteral("external_user_id")).toString(), QStringLiteral("user_123"));
        QCOMPARE(recipient.value(QStringLiteral("trigger_properties")).toObject().value(QStringLiteral("offer")).toString(),
                 QStringLiteral("10OFF"));

        MessagesSendRequest send;
        send.audience.users = {UserIdentifier::externalId(QStringLiteral("u"))};
        QVERIFY(fieldsOf(prepare(send).issues).contains(QStringLiteral("messages")));
        send.audience.broadcast = true;
        QVERIFY(fieldsOf(prepare(send).issues).contains(QStringLiteral("broadcast")));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
