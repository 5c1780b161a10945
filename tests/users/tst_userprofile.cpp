// Offline behaviour of app/users: reading Braze's export, typed attribute input, the
// before/after diff and the requests the actions preview.
#include "users/attributetype.h"
#include "users/profilediff.h"
#include "users/useraction.h"
#include "users/userprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Users;

namespace {

// The response sample of braze-api.md §11.2, plus history sections.
QJsonObject documentedUser()
{
    return QJsonDocument::fromJson(
               "{\"external_id\": \"A8i3mkd99\", \"braze_id\": \"5fbd99bac125ca40511f2cb1\","
               " \"user_aliases\": [{\"alias_name\": \"email@example.com\", \"alias_label\": \"email\"}],"
               " \"email\": \"email@example.com\", \"email_subscribe\": \"subscribed\", \"first_name\": \"Anna\","
               " \"custom_attributes\": {\"loyaltyPoints\": \"321\", \"outgrow_quiz_score\": 42, \"vip\": true,"
               "   \"signup\": \"2025-03-01T12:00:00Z\", \"tags\": [\"a\", \"b\"]},"
               " \"custom_events\": [{\"name\": \"quiz_done\", \"first\": \"2025-01-01T00:00:00Z\", \"last\": \"2025-02-01T00:00:00Z\", \"count\": 3}],"
               " \"devices\": [{\"model\": \"iPhone\", \"os\": \"iOS 17\", \"device_id\": \"d1\"}]}")
        .object();
}

QJsonObject body(const UserAction &action)
{
    return QJsonDocument::fromJson(action.prepared().request.body).object();
}

} // namespace

class TestUserProfile : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDocumentedExport()
    {
        const UserProfile p = UserProfile::fromExport(documentedUser());
        QCOMPARE(p.externalId, QStringLiteral("A8i3mkd99"));
        QCOMPARE(p.brazeId, QStringLiteral("5fbd99bac125ca40511f2cb1"));
        QCOMPARE(p.aliases.size(), 1);
        QCOMPARE(p.aliases.first().aliasLabel(), QStringLiteral("email"));
        QCOMPARE(p.email, QStringLiteral("email@example.com"));
        QCOMPARE(p.standardAttributes.value("first_name").toString(), QStringLiteral("Anna"));
        QVERIFY(!p.standardAttributes.contains("external_id"));
        QVERIFY(!p.standardAttributes.contains("custom_attributes"));
        QCOMPARE(p.customEvents.size(), 1);
        QCOMPARE(p.customEvents.first().count, 3);
        QCOMPARE(p.devices.size(), 1);
        QCOMPARE(p.displayName(), QStringLiteral("Anna"));
        QCOMPARE(p.primaryIdentifier(), Braze::UserIdentifier::externalId("A8i3mkd99"));
    }

    void customAttributeTypesFollowTheStoredJson()
    {
        const UserProfile p = UserProfile::fromExport(documentedUser());
        QCOMPARE(AttributeTypes::of(p.customAttributes.value("loyaltyPoints")), AttributeType::String);
        QCOMPARE(AttributeTypes::of(p.customAttributes.value("outgrow_quiz_score")), AttributeType::Number);
        QCOMPARE(AttributeTypes::of(p.customAttributes.value("vip")), AttributeType::Boolean);
        QCOMPARE(AttributeTypes::of(p.customAttributes.value("signup")), AttributeType::Time);
        QCOMPARE(AttributeTypes::of(p.customAttributes.value("tags")), AttributeType::Array);
    }

    void aliasOnlyProfileIsNamedByBrazeId()
    {
        QJsonObject user = documentedUser();
        user.remove("external_id");
        const UserProfile p = UserProfile::fromExport(user);
        QVERIFY(p.isUnidentified());
        QCOMPARE(p.primaryIdentifier(), Braze::UserIdentifier::brazeId("5fbd99bac125ca40511f2cb1"));
        QCOMPARE(p.trackIdentifier(), Braze::UserIdentifier::alias("email@example.com", "email"));
    }

    void subscriptionsOfProfilesSharingAnAddressAreKeptApart()
    {
        QJsonObject user = documentedUser();
        user.remove("external_id");
        UserProfile p = UserProfile::fromExport(user);
        const QJsonObject response = QJsonDocument::fromJson(
            "{\"users\": [{\"email\": \"email@example.com\", \"external_id\": \"other\", \"subscription_groups\":"
            "   [{\"id\": \"g1\", \"name\": \"News\", \"channel\": \"email\", \"status\": \"Subscribed\"}]},"
            " {\"email\": \"email@example.com\", \"subscription_groups\":"
            "   [{\"id\": \"g1\", \"name\": \"News\", \"channel\": \"email\", \"status\": \"Unsubscribed\"}]}]}").object();
        p.readSubscriptions(response);
        QVERIFY(p.subscriptionsKnown);
        QCOMPARE(p.subscriptionGroups.size(), 1);
        QCOMPARE(p.subscriptionGroups.first().status, QStringLiteral("Unsubscribed"));
    }

    void typedInputBecomesTheRightJson_data()
    {
        QTest::addColumn<AttributeType>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("integer stays integer") << AttributeType::Number << "42" << QByteArray("[42]");
        QTest::newRow("decimal") << AttributeType::Number << " 3.5 " << QByteArray("[3.5]");
        QTest::newRow("yes") << AttributeType::Boolean << "yes" << QByteArray("[true]");
        QTest::newRow("false") << AttributeType::Boolean << "False" << QByteArray("[false]");
        QTest::newRow("date") << AttributeType::Time << "2025-04-01" << QByteArray("[\"2025-04-01\"]");
        QTest::newRow("commas") << AttributeType::Array << "red, green" << QByteArray("[[\"red\",\"green\"]]");
        QTest::newRow("json list") << AttributeType::Array << "[\"a,b\"]" << QByteArray("[[\"a,b\"]]");
        QTest::newRow("text keeps spaces") << AttributeType::String << " gold " << QByteArray("[\" gold \"]");
    }
    void typedInputBecomesTheRightJson()
    {
        QFETCH(AttributeType, type);
        QFETCH(QString, text);
        QFETCH(QByteArray, json);
        QString problem;
        const QJsonValue value = AttributeTypes::parse(type, text, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact), json);
        QCOMPARE(AttributeTypes::parse(type, AttributeTypes::toText(value), &problem), value);
    }

    void badTypedInputIsExplained_data()
    {
        QTest::addColumn<AttributeType>("type");
        QTest::addColumn<QString>("text");
        QTest::newRow("comma decimal") << AttributeType::Number << "3,5";
        QTest::newRow("word") << AttributeType::Boolean << "maybe";
        QTest::newRow("no date") << AttributeType::Time << "next tuesday";
        QTest::newRow("month 13") << AttributeType::Time << "2025-13-01";
        QTest::newRow("numbers in list") << AttributeType::Array << "[1, 2]";
        QTest::newRow("too long") << AttributeType::String << QString(256, QLatin1Char('x'));
    }
    void badTypedInputIsExplained()
    {
        QFETCH(AttributeType, type);
        QFETCH(QString, text);
        QString problem;
        QVERIFY(AttributeTypes::parse(type, text, &problem).isUndefined());
        QVERIFY(!problem.isEmpty());
    }

    void diffNamesWhatChanged()
    {
        const UserProfile before = UserProfile::fromExport(documentedUser());
        QJsonObject user = documentedUser();
        QJsonObject custom = user.value("custom_attributes").toObject();
        custom.insert("outgrow_quiz_score", 43);
        custom.remove("vip");
        custom.insert("plan", "gold");
        user.insert("custom_attributes", custom);
        user.insert("last_name", "Muster");
        const UserProfile after = UserProfile::fromExport(user);

        const ProfileDiff diff = ProfileDiff::between(before, after);
        QCOMPARE(diff.changes().size(), 4);
        const ProfileChange *score = diff.find("custom_attributes.outgrow_quiz_score");
        QVERIFY(score);
        QCOMPARE(score->kind, ProfileChange::Kind::Changed);
        QCOMPARE(score->before.toInt(), 42);
        QCOMPARE(score->after.toInt(), 43);
        QCOMPARE(diff.find("custom_attributes.vip")->kind, ProfileChange::Kind::Removed);
        QCOMPARE(diff.find("custom_attributes.plan")->kind, ProfileChange::Kind::Added);
        QCOMPARE(diff.find("last_name")->kind, ProfileChange::Kind::Added);
        QVERIFY(diff.touches("custom_attributes"));
        QVERIFY(!diff.touches("custom_events"));
        QVERIFY(ProfileDiff::between(before, before).isEmpty());
    }

    void diffComparesEventsByName()
    {
        const UserProfile before = UserProfile::fromExport(documentedUser());
        QJsonObject user = documentedUser();
        QJsonArray events = user.value("custom_events").toArray();
        events.append(QJsonObject{{"name", "joined"}, {"first", "x"}, {"last", "x"}, {"count", 1}});
        user.insert("custom_events", events);
        const ProfileDiff diff = ProfileDiff::between(before, UserProfile::fromExport(user));
        QCOMPARE(diff.changes().size(), 1);
        QCOMPARE(diff.changes().first().path, QStringLiteral("custom_events.joined"));
    }

    void setAttributesPreviewIsTheTrackRequest()
    {
        const auto user = Braze::UserIdentifier::externalId("user_0001");
        const UserAction action = UserAction::setAttributes(user, {{"plan", "gold"}, {"home_city", QJsonValue::Null}});
        QVERIFY2(action.isReady(), qPrintable(action.problems()));
        QVERIFY(action.previewText().startsWith("POST /users/track\n\n{"));
        const QJsonObject attributes = body(action).value("attributes").toArray().first().toObject();
        QCOMPARE(attributes.value("external_id").toString(), QStringLiteral("user_0001"));
        QCOMPARE(attributes.value("plan").toString(), QStringLiteral("gold"));
        QVERIFY(attributes.value("home_city").isNull());
        // A mistyped identifier must not create a new profile.
        QCOMPARE(attributes.value("_update_existing_only").toBool(), true);
    }

    void badAttributeNameIsNotSent()
    {
        const UserAction action = UserAction::setAttributes(Braze::UserIdentifier::externalId("u"), {{"$plan", "gold"}});
        QVERIFY(!action.isReady());
        QVERIFY(!action.problems().isEmpty());
    }

    void eventWithReservedPropertyIsNotSent()
    {
        const auto user = Braze::UserIdentifier::externalId("u");
        QVERIFY(!UserAction::logEvent(user, "joined", {{"time", "x"}}, QDateTime::currentDateTimeUtc()).isReady());
        const UserAction ok = UserAction::logEvent(user, "joined", {{"q_scope", "spring"}}, QDateTime::currentDateTimeUtc());
        QVERIFY(ok.isReady());
        QCOMPARE(body(ok).value("events").toArray().first().toObject().value("name").toString(), QStringLiteral("joined"));
    }

    void subscriptionUsesTheEndpointThatFitsTheProfile()
    {
        const UserProfile identified = UserProfile::fromExport(documentedUser());
        const UserAction v1 = UserAction::setSubscription(identified, "g1", Braze::SubscriptionState::Unsubscribed);
        QVERIFY2(v1.isReady(), qPrintable(v1.problems()));
        QCOMPARE(v1.pathAndQuery(), QStringLiteral("/subscription/status/set"));
        QCOMPARE(body(v1).value("subscription_state").toString(), QStringLiteral("unsubscribed"));

        QJsonObject user = documentedUser();
        user.remove("external_id");
        const UserAction track = UserAction::setSubscription(UserProfile::fromExport(user), "g1", Braze::SubscriptionState::Subscribed);
        QCOMPARE(track.pathAndQuery(), QStringLiteral("/users/track"));
        const QJsonObject object = body(track).value("attributes").toArray().first().toObject();
        QVERIFY(object.contains("user_alias"));
        QCOMPARE(object.value("subscription_groups").toArray().first().toObject().value("subscription_state").toString(),
                 QStringLiteral("subscribed"));
        QVERIFY(!UserAction::setSubscription(identified, " ", Braze::SubscriptionState::Subscribed).isReady());
    }

    void aliasAndIdentifyAreOfferedOnlyWhereBrazeAllowsThem()
    {
        const UserProfile identified = UserProfile::fromExport(documentedUser());
        QJsonObject user = documentedUser();
        user.remove("external_id");
        const UserProfile aliasOnly = UserProfile::fromExport(user);

        const UserAction alias = UserAction::addAlias(identified, "crm-7", "crm");
        QVERIFY(alias.isReady());
        QCOMPARE(body(alias).value("user_aliases").toArray().first().toObject().value("external_id").toString(), QStringLiteral("A8i3mkd99"));
        QVERIFY(!UserAction::addAlias(aliasOnly, "crm-7", "crm").isReady());

        const UserAction identify = UserAction::identify(aliasOnly, "new_id");
        QVERIFY(identify.isReady());
        QCOMPARE(identify.refetchAs(), Braze::UserIdentifier::externalId("new_id"));
        QVERIFY(!UserAction::identify(identified, "new_id").isReady());
    }

    void deleteNamesExactlyOneProfile()
    {
        QJsonObject user = documentedUser();
        user.remove("external_id");
        const UserAction action = UserAction::deleteUser(UserProfile::fromExport(user));
        QVERIFY(action.isReady());
        QCOMPARE(body(action).value("braze_ids").toArray().first().toString(), QStringLiteral("5fbd99bac125ca40511f2cb1"));
    }
};

QTEST_GUILESS_MAIN(TestUserProfile)
#include "tst_userprofile.moc"
