#include "pendingcall.h"
#include "sandboxfixture.h"

#include "braze/log/requestlogexport.h"
#include "braze/log/requestlogfile.h"
#include "braze/log/requestlogmodel.h"
#include "braze/permissions/partnerpermissions.h"
#include "braze/permissions/permissionprobe.h"
#include "braze/requests/catalogrequests.h"
#include "braze/requests/contentrequests.h"
#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"

#include <QTest>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Braze;
using namespace TestSupport;
using namespace Sandbox;

// Every typed call against the sandbox, the refusals Braze gives (401, 403, 400), what the
// request log keeps, and the permission probe for each partner's key.
class TestBrazeClient : public QObject
{
    Q_OBJECT

    SandboxHost m_host;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_host.startAndWait(), qPrintable(m_host.errorString()));
    }

    void aClientLeavesTheApplicationProxyAlone()
    {
        // Proxy settings are application-wide and set once at start (Console::initialise);
        // every BrazeClient used to reset them, under requests already running.
        const QNetworkProxy chosen(QNetworkProxy::HttpProxy, QStringLiteral("proxy.example"), 3128);
        QNetworkProxy::setApplicationProxy(chosen);
        { const auto client = clientFor(m_host, QString::fromLatin1(ApiKeyTable::AllPermissionsKey)); }
        QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example"));
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void everyCallSucceeds()
    {
        const auto client = clientFor(m_host, QString::fromLatin1(ApiKeyTable::AllPermissionsKey));
        const QString campaign = QString::fromLatin1(DemoSeed::NewsletterCampaignId);
        const UserIdentifier user = UserIdentifier::externalId(QStringLiteral("client-test-1"));

        TrackRequest track;
        track.attributes.append({user, {{QStringLiteral("outgrow_quiz_score"), 42}, {QStringLiteral("email"), QStringLiteral("client@example.com")}}, {}});
        track.events.append({user, QStringLiteral("quiz_completed"), QStringLiteral("2025-03-01T12:00:00Z"), {{QStringLiteral("q_scope"), QStringLiteral("spring")}}, {}, {}});
        ApiResult result = resultOf(client->track(track));
        QVERIFY2(result.succeeded(), qPrintable(result.error.fullText()));
        QCOMPARE(result.httpStatus, 201);
        QCOMPARE(result.json.object().value(QStringLiteral("attributes_processed")).toInt(), 1);
        QVERIFY(result.rateLimit.limit > 0);

        std::vector<std::pair<const char *, PendingCall>> calls;
        calls.emplace_back("export", PendingCall(client->exportIds({{user, UserIdentifier::email(QString::fromLatin1(DemoSeed::SharedEmail))}, {}, {QStringLiteral("external_id")}})));
        calls.emplace_back("alias", PendingCall(client->newAliases({{{QStringLiteral("alias@example.com"), QStringLiteral("email"), {}}}})));
        calls.emplace_back("identify", PendingCall(client->identify({{{QStringLiteral("client-test-2"), UserIdentifier::alias(QStringLiteral("alias@example.com"), QStringLiteral("email")), {}}}})));
        calls.emplace_back("status get", PendingCall(client->subscriptionStatus({QString::fromLatin1(DemoSeed::SmsGroupId), {UserIdentifier::phone(QStringLiteral("+13135551212"))}})));
        calls.emplace_back("user status", PendingCall(client->userSubscriptions({{user}, 100, 0})));
        calls.emplace_back("status set", PendingCall(client->setSubscription({QString::fromLatin1(DemoSeed::EmailGroupId), SubscriptionState::Subscribed, {user}, false})));
        calls.emplace_back("status set v2", PendingCall(client->setSubscriptionsV2({{{QString::fromLatin1(DemoSeed::SmsGroupId), SubscriptionState::Unsubscribed, {user}, false}}})));
        calls.emplace_back("segments", PendingCall(client->listSegments({})));
        calls.emplace_back("segment details", PendingCall(client->segmentDetails({QString::fromLatin1(DemoSeed::HighScorersSegmentId)})));
        calls.emplace_back("segment series", PendingCall(client->segmentDataSeries({QString::fromLatin1(DemoSeed::HighScorersSegmentId), 7, {}})));
        calls.emplace_back("send id", PendingCall(client->createSendId({campaign, QStringLiteral("client_test_send")})));
        TriggerSendRequest trigger;
        trigger.campaignId = QString::fromLatin1(DemoSeed::TriggeredCampaignId);
        TriggerRecipient recipient;
        recipient.user = user;
        recipient.triggerProperties = {{QStringLiteral("offer"), QStringLiteral("10OFF")}};
        trigger.recipients.append(recipient);
        calls.emplace_back("trigger", PendingCall(client->triggerCampaign(trigger)));
        MessagesSendRequest send;
        send.audience.users = {user};
        send.messages.insert(QStringLiteral("webhook"), QJsonObject{{QStringLiteral("url"), QStringLiteral("https://example.com/hook")},
                                                                    {QStringLiteral("request_method"), QStringLiteral("POST")}});
        calls.emplace_back("send", PendingCall(client->sendMessages(send)));
        for (auto &[name, call] : calls) {
            const ApiResult r = call.result();
            QVERIFY2(r.succeeded(), qPrintable(QStringLiteral("%1: %2 %3").arg(QLatin1String(name)).arg(r.httpStatus).arg(r.error.fullText())));
        }

        const ApiResult series = resultOf(client->sendDataSeries({campaign, QStringLiteral("client_test_send"), 7, {}}));
        QVERIFY2(series.succeeded(), qPrintable(series.error.fullText()));

        ScheduleCreateRequest schedule;
        schedule.audience.users = {user};
        schedule.schedule.time = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
        schedule.messages.insert(QStringLiteral("webhook"), send.messages.value(QStringLiteral("webhook")));
        const ApiResult created = resultOf(client->scheduleMessage(schedule));
        QVERIFY2(created.succeeded(), qPrintable(created.error.fullText()));
        const QString scheduleId = created.json.object().value(QStringLiteral("schedule_id")).toString();
        QVERIFY(!scheduleId.isEmpty());
        Schedule later{QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate), false, false};
        const ApiResult updated = resultOf(client->updateSchedule({scheduleId, later, {}}));
        QVERIFY2(updated.succeeded(), qPrintable(updated.error.fullText()));
        const ApiResult deleted = resultOf(client->deleteSchedule({scheduleId}));
        QVERIFY2(deleted.succeeded(), qPrintable(deleted.error.fullText()));

        const ApiResult gone = resultOf(client->deleteUsers({{UserIdentifier::externalId(QStringLiteral("client-test-2"))}, {}}));
        QVERIFY2(gone.succeeded(), qPrintable(gone.error.fullText()));
    }

    void invalidRequestsAreNeverSent()
    {
        RequestLogModel log;
        const auto client = clientFor(m_host, QString::fromLatin1(ApiKeyTable::AllPermissionsKey));
        client->setRequestLog(&log);
        const ApiResult result = resultOf(client->setSubscription({QStringLiteral("g"), SubscriptionState::Subscribed, {UserIdentifier::phone(QStringLiteral("0151 2345678"))}, false}));
        QCOMPARE(result.error.kind, ApiError::Kind::Validation);
        QCOMPARE(result.error.issues.size(), 1);
        QVERIFY(result.error.issues.first().message.contains(QLatin1String("country code")));
        QCOMPARE(resultOf(client->rawCall("POST", QStringLiteral("/users/track"), "{\"attributes\": [")).error.kind, ApiError::Kind::Validation);
        QCOMPARE(log.rowCount(), 0);
    }

    void refusalsAreExplained()
    {
        const ApiResult revoked = resultOf(clientFor(m_host, QString::fromLatin1(ApiKeyTable::RevokedKey))->listSegments({}));
        QCOMPARE(revoked.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(revoked.httpStatus, 401);
        QVERIFY(revoked.error.hint.contains(QLatin1String("wrong, revoked or for another instance")));

        const auto outgrow = clientFor(m_host, QString::fromLatin1(ApiKeyTable::OutgrowKey));
        const ApiResult forbidden = resultOf(outgrow->exportIds({{UserIdentifier::externalId(QStringLiteral("x"))}, {}, {}}));
        QCOMPARE(forbidden.error.kind, ApiError::Kind::Forbidden);
        QVERIFY2(forbidden.error.hint.contains(QLatin1String("lacks the permission users.export.ids")), qPrintable(forbidden.error.hint));

        const ApiResult bad = resultOf(outgrow->rawCall("POST", QStringLiteral("/users/track"), "{}"));
        QCOMPARE(bad.error.kind, ApiError::Kind::BadRequest);
        QVERIFY2(bad.error.message.contains(QLatin1String("Valid data must be provided")), qPrintable(bad.error.message));

        const ApiResult unknown = resultOf(outgrow->rawCall("GET", QStringLiteral("/users/nothing")));
        QCOMPARE(unknown.error.kind, ApiError::Kind::NotFound);
    }

    void keysNeverReachTheLogTheExportOrTheConfigFolder()
    {
        const QString key = QString::fromLatin1(ApiKeyTable::AllPermissionsKey);
        QTemporaryDir dir;
        RequestLogModel log;
        // The log as the console keeps it between runs, in the data folder.
        RequestLogFile logFile(dir.filePath(QStringLiteral("request-log.jsonl")), &log);
        QCOMPARE(logFile.load(), QString());
        const auto client = clientFor(m_host, key);
        client->setRequestLog(&log);
        resultOf(client->listSegments({}));
        resultOf(client->rawCall("POST", QStringLiteral("/users/track"), QByteArray("{\"api_key\":\"") + key.toLatin1() + "\"}"));
        const QByteArray partnerSecret = "quikly-webhook-secret-42";
        const QUrl hook(m_host.baseUrl().toString() + QStringLiteral("/_sandbox/webhooks/quikly"));
        const ApiResult echoed = resultOf(client->externalCall("POST", hook, "{\"event\":\"joined\"}",
                                                               {{"Authorization", "Bearer " + partnerSecret, true},
                                                                {"X-Quikly-Token", partnerSecret, true},
                                                                {"Content-Type", "application/json", false}}));
        QVERIFY2(echoed.succeeded(), qPrintable(echoed.error.fullText()));
        QVERIFY(echoed.body.contains(partnerSecret)); // the partner did get it
        QVERIFY(!echoed.body.contains(key.toLatin1())); // but not the Braze key
        QTRY_COMPARE(log.rowCount(), 3);

        // A restart reads the three exchanges back from the file.
        RequestLogModel restarted;
        RequestLogFile restartedFile(dir.filePath(QStringLiteral("request-log.jsonl")), &restarted);
        QCOMPARE(restartedFile.load(), QString());
        QCOMPARE(restarted.rowCount(), 3);
        QCOMPARE(restarted.entries().last().url, log.entries().last().url);

        QString error;
        QVERIFY(exportRequestLog(log.entries(), dir.filePath(QStringLiteral("log.json")), &error));
        QStringList places{dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                           QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
        for (const QString &place : places) {
            QDirIterator files(place, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                QVERIFY2(!content.contains(key.toLatin1()) && !content.contains(partnerSecret), qPrintable(file.fileName()));
            }
        }
        for (const RequestLogEntry &entry : log.entries()) {
            const QByteArray all = requestLogEntryToJson(entry).isEmpty() ? QByteArray() : QJsonDocument(requestLogEntryToJson(entry)).toJson();
            QVERIFY(!all.contains(key.toLatin1()));
            QVERIFY(!all.contains(partnerSecret));
        }
        QVERIFY(QJsonDocument(requestLogEntryToJson(log.entry(0))).toJson().contains("Bearer $BRAZE_API_KEY"));
    }

    void probeFindsEachPartnersPermissions_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("partner");
        QTest::newRow("Quikly") << QString::fromLatin1(ApiKeyTable::QuiklyKey) << QStringLiteral("Quikly");
        QTest::newRow("SmarterSends") << QString::fromLatin1(ApiKeyTable::SmarterSendsKey) << QStringLiteral("SmarterSends");
        QTest::newRow("ActionIQ") << QString::fromLatin1(ApiKeyTable::ActionIqKey) << QStringLiteral("ActionIQ");
        QTest::newRow("Outgrow") << QString::fromLatin1(ApiKeyTable::OutgrowKey) << QStringLiteral("Outgrow");
    }
    void probeFindsEachPartnersPermissions()
    {
        QFETCH(QString, key);
        QFETCH(QString, partner);
        RequestLogModel log;
        const auto client = clientFor(m_host, key);
        client->setRequestLog(&log);
        PermissionProbe probe(client.get());
        QSignalSpy finished(&probe, &PermissionProbe::finished);
        probe.start();
        QVERIFY(finished.wait(15000));
        const PartnerRequirement requirement = *std::find_if(partnerRequirements().cbegin(), partnerRequirements().cend(),
                                                             [&](const PartnerRequirement &r) { return r.partner == partner; });
        for (const PermissionTableModel::Row &row : probe.model()->rows()) {
            const bool has = requirement.permissions.contains(row.permission);
            // No harmless call exists for these two (permissionprobe.cpp says why).
            const bool uncheckable = row.permission == QLatin1String("sends.id.create")
                || row.permission == QLatin1String("users.export.global_control_group");
            const PermissionState expected = uncheckable
                ? PermissionState::Unknown
                : (has ? PermissionState::Granted : PermissionState::Missing);
            QVERIFY2(row.state == expected, qPrintable(QStringLiteral("%1: %2 (%3)").arg(row.permission, PermissionTableModel::stateText(row.state), row.detail)));
            QVERIFY(row.checkedAt.isValid());
        }
        QCOMPARE(probe.model()->notGrantedFor(QStringLiteral("Outgrow")).isEmpty(), true);
        // Nothing the probe sent changed anything: every answer was a read or a refusal.
        for (const RequestLogEntry &entry : log.entries())
            QVERIFY2(entry.method == "GET" || entry.httpStatus == 400 || entry.httpStatus == 403 || entry.httpStatus == 404
                         || entry.endpoint == Braze::Endpoint::UsersExportIds,
                     qPrintable(QStringLiteral("%1 %2").arg(entry.url).arg(entry.httpStatus)));
    }

    // Every permission of braze-api-more.md §12 is checked, each with a call that changes nothing.
    void probeKnowsEveryNewPermission()
    {
        RequestLogModel log;
        const auto client = clientFor(m_host, QString::fromLatin1(ApiKeyTable::AllPermissionsKey));
        client->setRequestLog(&log);
        PermissionProbe probe(client.get());
        QSignalSpy finished(&probe, &PermissionProbe::finished);
        probe.start();
        QVERIFY(finished.wait(30000));
        int granted = 0;
        for (const PermissionTableModel::Row &row : probe.model()->rows()) {
            const bool uncheckable = row.permission == QLatin1String("sends.id.create")
                || row.permission == QLatin1String("users.export.global_control_group");
            QVERIFY2(row.state == (uncheckable ? PermissionState::Unknown : PermissionState::Granted),
                     qPrintable(QStringLiteral("%1: %2 (%3)").arg(row.permission, PermissionTableModel::stateText(row.state), row.detail)));
            granted += row.state == PermissionState::Granted;
        }
        QVERIFY(granted >= 60);
        for (const char *permission : {"canvas.trigger.send", "users.merge", "catalogs.delete_item", "transactional.send", "email.blacklist"}) {
            const auto rows = probe.model()->rows();
            QVERIFY2(std::any_of(rows.cbegin(), rows.cend(), [&](const PermissionTableModel::Row &r) { return r.permission == QLatin1String(permission); }),
                     permission);
        }
        // The workspace's content is untouched: still 2 Content Blocks and 60 products.
        const ApiResult blocks = resultOf(client->send(prepare(ContentBlockListQuery{})));
        QCOMPARE(blocks.json.object().value(QStringLiteral("count")).toInt(), 2);
        const ApiResult catalogs = resultOf(client->send(prepare(CatalogListQuery{})));
        QCOMPARE(catalogs.json.object().value(QStringLiteral("catalogs")).toArray().first().toObject().value(QStringLiteral("num_items")).toInt(), 60);
    }

    void probeWithARevokedKeyKnowsNothing()
    {
        const auto client = clientFor(m_host, QString::fromLatin1(ApiKeyTable::RevokedKey));
        PermissionProbe probe(client.get());
        QSignalSpy finished(&probe, &PermissionProbe::finished);
        probe.start();
        QVERIFY(finished.wait(15000));
        for (const PermissionTableModel::Row &row : probe.model()->rows())
            QCOMPARE(row.state, PermissionState::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestBrazeClient)
#include "tst_brazeclient.moc"
