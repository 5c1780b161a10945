// The typed calls of braze-api-more.md §2-§8 (app/braze/requests): each one, valid, gets the
// sandbox's documented answer; what Braze would refuse is refused before sending.
#include "pendingcall.h"
#include "sandboxfixture.h"

#include "braze/requests/campaignrequests.h"
#include "braze/requests/catalogrequests.h"
#include "braze/requests/contentrequests.h"
#include "braze/requests/listrequests.h"
#include "braze/requests/messagingrequests.h"
#include "braze/requests/userdatarequests.h"
#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Braze;
using namespace TestSupport;
using namespace Sandbox;

namespace {
bool refusesField(const PreparedRequest &prepared, const QString &fieldStart)
{
    return std::any_of(prepared.issues.cbegin(), prepared.issues.cend(), [&](const ValidationIssue &i) { return i.field.startsWith(fieldStart); });
}
QJsonObject objectOf(const ApiResult &result)
{
    return result.json.object();
}
}

class TestMoreRequests : public QObject
{
    Q_OBJECT

    SandboxHost m_host;
    std::unique_ptr<BrazeClient> m_client;

    ApiResult call(const PreparedRequest &prepared)
    {
        if (!prepared.issues.isEmpty())
            qWarning() << prepared.issues.first().field << prepared.issues.first().message;
        return resultOf(m_client->send(prepared));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_host.startAndWait(), qPrintable(m_host.errorString()));
        m_client = clientFor(m_host, QString::fromLatin1(ApiKeyTable::AllPermissionsKey));
    }

    void contentBlocksAndTemplates()
    {
        ApiResult r = call(prepare(ContentBlockListQuery{}));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(objectOf(r).value("content_blocks").toArray().size(), 2);
        ContentBlockWrite create;
        create.name = QStringLiteral("client_block");
        create.content = QStringLiteral("Hello {{${first_name}}}");
        create.state = QStringLiteral("draft");
        r = call(prepare(create));
        QCOMPARE(r.httpStatus, 201);
        const QString id = objectOf(r).value("content_block_id").toString();
        ContentBlockWrite update;
        update.contentBlockId = id;
        update.content = QStringLiteral("Hi {{${first_name}}}");
        QCOMPARE(call(prepare(update)).httpStatus, 201);
        r = call(prepare(ContentBlockInfoQuery{id, true}));
        QCOMPARE(objectOf(r).value("content").toString(), QStringLiteral("Hi {{${first_name}}}"));

        EmailTemplateWrite tmpl;
        tmpl.templateName = QStringLiteral("Client template");
        tmpl.subject = QStringLiteral("Hello");
        tmpl.body = QStringLiteral("{{content_blocks.${client_block}}}");
        r = call(prepare(tmpl));
        QCOMPARE(r.httpStatus, 201);
        const QString templateId = objectOf(r).value("email_template_id").toString();
        EmailTemplateWrite change;
        change.emailTemplateId = templateId;
        change.shouldInlineCss = false;
        QCOMPARE(call(prepare(change)).httpStatus, 201);
        QCOMPARE(objectOf(call(prepare(EmailTemplateInfoQuery{templateId}))).value("should_inline_css").toBool(true), false);
        QCOMPARE(objectOf(call(prepare(EmailTemplateListQuery{}))).value("templates").toArray().size(), 2);

        // Refused before sending.
        ContentBlockWrite badName;
        badName.name = QStringLiteral("with space");
        badName.content = QStringLiteral("x");
        QVERIFY(refusesField(prepare(badName), QStringLiteral("name")));
        QVERIFY(refusesField(prepare(ContentBlockListQuery{{}, {}, 1001, 0}), QStringLiteral("limit")));
        QVERIFY(refusesField(prepare(EmailTemplateWrite{templateId, {}, {}, {}, {}, {}, {}, {}}), QStringLiteral("email_template_id")));
        QVERIFY(refusesField(prepare(EmailTemplateWrite{}), QStringLiteral("template_name")));
    }

    void catalogsPageThroughLinks()
    {
        const QString name = QString::fromLatin1(DemoSeed::ProductCatalog);
        ApiResult r = call(prepare(CatalogItemsQuery{name, {}}));
        QCOMPARE(r.httpStatus, 200);
        QStringList ids;
        for (const auto &v : objectOf(r).value("items").toArray())
            ids << v.toObject().value("id").toString();
        const QString cursor = nextCatalogCursor(r.headers);
        QVERIFY(!cursor.isEmpty());
        r = call(prepare(CatalogItemsQuery{name, cursor}));
        for (const auto &v : objectOf(r).value("items").toArray())
            ids << v.toObject().value("id").toString();
        QCOMPARE(nextCatalogCursor(r.headers), QString());
        QCOMPARE(ids.size(), 60);
        QCOMPARE(ids.last(), QStringLiteral("product_060"));

        QCOMPARE(call(prepare(CatalogCreateRequest{QStringLiteral("stores"), QStringLiteral("Shops"),
                                                   {{QStringLiteral("id"), QStringLiteral("string")}, {QStringLiteral("city"), QStringLiteral("string")}}})).httpStatus, 201);
        QCOMPARE(call(prepare(CatalogItemWrite{CatalogItemWrite::Mode::Create, QStringLiteral("stores"), QStringLiteral("berlin"),
                                               {{QStringLiteral("city"), QStringLiteral("Berlin")}}})).httpStatus, 201);
        QCOMPARE(call(prepare(CatalogItemWrite{CatalogItemWrite::Mode::Update, QStringLiteral("stores"), QStringLiteral("berlin"),
                                               {{QStringLiteral("city"), QStringLiteral("Berlin-Mitte")}}})).httpStatus, 200);
        r = call(prepare(CatalogItemQuery{QStringLiteral("stores"), QStringLiteral("berlin")}));
        QCOMPARE(objectOf(r).value("items").toArray().first().toObject().value("city").toString(), QStringLiteral("Berlin-Mitte"));
        QCOMPARE(call(prepare(CatalogItemWrite{CatalogItemWrite::Mode::Replace, QStringLiteral("stores"), QStringLiteral("paris"),
                                               {{QStringLiteral("city"), QStringLiteral("Paris")}}})).httpStatus, 200);
        QCOMPARE(call(prepare(CatalogItemDeleteRequest{QStringLiteral("stores"), QStringLiteral("berlin")})).httpStatus, 202);
        QCOMPARE(call(prepare(CatalogItemQuery{QStringLiteral("stores"), QStringLiteral("berlin")})).httpStatus, 404);
        QCOMPARE(call(prepare(CatalogDeleteRequest{QStringLiteral("stores")})).httpStatus, 200);
        QCOMPARE(objectOf(call(prepare(CatalogListQuery{}))).value("catalogs").toArray().size(), 1);

        QVERIFY(refusesField(prepare(CatalogCreateRequest{QStringLiteral("x"), {}, {{QStringLiteral("name"), QStringLiteral("string")}}}), QStringLiteral("fields")));
        QVERIFY(refusesField(prepare(CatalogItemWrite{CatalogItemWrite::Mode::Create, name, QStringLiteral("a b"), {{QStringLiteral("x"), 1}}}), QStringLiteral("item_id")));
        QVERIFY(refusesField(prepare(CatalogItemWrite{CatalogItemWrite::Mode::Create, name, QStringLiteral("a"), {{QStringLiteral("id"), QStringLiteral("a")}}}),
                             QStringLiteral("items[0].id")));
    }

    void triggersAndSchedules()
    {
        // Finding 1 on the client side: an e-mail recipient without prioritization is never sent.
        TriggerSendRequest trigger;
        trigger.campaignId = QString::fromLatin1(DemoSeed::TriggeredCampaignId);
        trigger.recipients = {{UserIdentifier::email(QString::fromLatin1(DemoSeed::SharedEmail)), {}, {}, {}, {}}};
        QVERIFY(refusesField(prepare(trigger), QStringLiteral("recipients[0].prioritization")));
        trigger.recipients.first().prioritization = {QStringLiteral("identified"), QStringLiteral("most_recently_updated")};
        QCOMPARE(call(prepare(trigger)).httpStatus, 201);
        trigger.recipients = {{UserIdentifier::brazeId(QStringLiteral("0123456789abcdef01234567")), {}, {}, {}, {}}};
        QVERIFY(prepare(trigger).issues.isEmpty());

        CanvasTriggerRequest canvas;
        canvas.canvasId = QString::fromLatin1(DemoSeed::OnboardingCanvasId);
        canvas.context = {{QStringLiteral("plan"), QStringLiteral("gold")}};
        canvas.recipients = {{UserIdentifier::externalId(QStringLiteral("user_0001")), {}, {{QStringLiteral("step"), 1}}, {}, {}}};
        ApiResult r = call(prepare(canvas));
        QCOMPARE(r.httpStatus, 201);
        QVERIFY(QJsonDocument(r.json).toJson().contains("dispatch_id"));
        QVERIFY(prepare(canvas).request.body.contains("\"context\":{\"step\":1}"));

        TriggerScheduleRequest schedule;
        schedule.target = TriggerScheduleRequest::Target::Canvas;
        schedule.id = canvas.canvasId;
        schedule.broadcast = true;
        schedule.schedule.time = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
        r = call(prepare(schedule));
        QCOMPARE(r.httpStatus, 201);
        const QString scheduleId = objectOf(r).value("schedule_id").toString();
        const QString endTime = QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate);
        QCOMPARE(objectOf(call(prepare(ScheduledBroadcastsQuery{endTime}))).value("scheduled_broadcasts").toArray().size(), 2);
        schedule.action = TriggerScheduleRequest::Action::Delete;
        schedule.scheduleId = scheduleId;
        QCOMPARE(call(prepare(schedule)).httpStatus, 201);
        QCOMPARE(objectOf(call(prepare(ScheduledBroadcastsQuery{endTime}))).value("scheduled_broadcasts").toArray().size(), 1);

        TransactionalSendRequest mail;
        mail.campaignId = QString::fromLatin1(DemoSeed::TransactionalCampaignId);
        mail.externalSendId = QStringLiteral("client-order-1");
        mail.recipient = UserIdentifier::externalId(QStringLiteral("user_0002"));
        r = call(prepare(mail));
        QCOMPARE(r.httpStatus, 201);
        QCOMPARE(objectOf(r).value("status").toString(), QStringLiteral("sent"));
        QVERIFY(prepare(mail).request.path.endsWith(QStringLiteral("/c0ffee00-5a5a-4e11-9d00-000000000003/send")));
        mail.externalSendId = QStringLiteral("not allowed!");
        QVERIFY(refusesField(prepare(mail), QStringLiteral("external_send_id")));

        QCOMPARE(objectOf(call(prepare(CampaignListQuery{}))).value("campaigns").toArray().size(), 3);
        QCOMPARE(objectOf(call(prepare(CampaignListQuery{CampaignListQuery::Kind::Canvases, 0, false, true, {}}))).value("canvases").toArray().size(), 2);
        QCOMPARE(call(prepare(CampaignDetailsQuery{CampaignListQuery::Kind::Canvases, canvas.canvasId, false})).httpStatus, 200);
    }

    void userDataAndLists()
    {
        ApiResult r = call(prepare(ExternalIdRenameRequest{{{QStringLiteral("user_0100"), QStringLiteral("crm_0100")}}}));
        QCOMPARE(objectOf(r).value("external_ids").toArray(), QJsonArray{QStringLiteral("crm_0100")});
        r = call(prepare(ExternalIdRemoveRequest{{QStringLiteral("user_0100")}}));
        QCOMPARE(objectOf(r).value("removed_ids").toArray(), QJsonArray{QStringLiteral("user_0100")});
        r = call(prepare(MergeRequest{{{UserIdentifier::externalId(QStringLiteral("user_0101")), {}, UserIdentifier::externalId(QStringLiteral("user_0102")), {}}}}));
        QCOMPARE(r.httpStatus, 202);
        QVERIFY(refusesField(prepare(MergeRequest{{{UserIdentifier::email(QStringLiteral("a@example.com")), {}, UserIdentifier::externalId(QStringLiteral("b")), {}}}}),
                             QStringLiteral("merge_updates[0].identifier_to_merge.prioritization")));
        QCOMPARE(call(prepare(AliasUpdateRequest{{{QStringLiteral("crm"), QStringLiteral("a"), QStringLiteral("b")}}})).httpStatus, 201);
        r = call(prepare(SegmentExportRequest{QString::fromLatin1(DemoSeed::AiqSegmentId), {QStringLiteral("external_id")}, {}, {}}));
        QCOMPARE(r.httpStatus, 201);
        QVERIFY(!objectOf(r).value("url").toString().isEmpty());
        QVERIFY(refusesField(prepare(SegmentExportRequest{}), QStringLiteral("fields_to_export")));

        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        QCOMPARE(call(prepare(EmailListChange{EmailListChange::Action::Blocklist, {QStringLiteral("blocked@example.com")}, {}})).httpStatus, 201);
        r = call(prepare(EmailListQuery{EmailListQuery::List::HardBounces, {}, tomorrow, QStringLiteral("blocked@example.com"), 100, 0, false}));
        QCOMPARE(objectOf(r).value("emails").toArray().size(), 1);
        QCOMPARE(call(prepare(EmailListChange{EmailListChange::Action::SetStatus, {QStringLiteral("blocked@example.com")}, QStringLiteral("subscribed")})).httpStatus, 201);
        r = call(prepare(EmailListQuery{EmailListQuery::List::Unsubscribes, {}, tomorrow, QStringLiteral("blocked@example.com"), 100, 0, false}));
        QCOMPARE(objectOf(r).value("emails").toArray().size(), 0);
        QCOMPARE(call(prepare(EmailListChange{EmailListChange::Action::RemoveBounce, {QStringLiteral("blocked@example.com")}, {}})).httpStatus, 201);
        QCOMPARE(call(prepare(EmailListChange{EmailListChange::Action::RemoveSpam, {QStringLiteral("blocked@example.com")}, {}})).httpStatus, 201);
        r = call(prepare(InvalidPhoneQuery{QStringLiteral("2020-01-01"), tomorrow, {}, {}, 100, 0}));
        QCOMPARE(r.httpStatus, 200);
        const QString phone = objectOf(r).value("sms").toArray().first().toObject().value("phone").toString();
        QCOMPARE(call(prepare(InvalidPhoneRemoveRequest{{phone}})).httpStatus, 201);
        QVERIFY(refusesField(prepare(EmailListChange{EmailListChange::Action::SetStatus, {QStringLiteral("x@example.com")}, QStringLiteral("maybe")}),
                             QStringLiteral("subscription_state")));
        QVERIFY(refusesField(prepare(EmailListQuery{}), QStringLiteral("end_date")));
    }

    // Every new endpoint is in the registry with its permission, and POST/PUT/PATCH ones have
    // Braze's example body (for `braze-cli call` and the request composer).
    void registryHasEveryNewEndpoint()
    {
        int added = 0;
        for (const EndpointInfo &info : allEndpoints()) {
            if (info.id < Braze::Endpoint::CanvasTriggerSend || info.id == Braze::Endpoint::Raw)
                continue;
            ++added;
            QVERIFY2(!info.permission.isEmpty(), qPrintable(info.path));
            const bool hasBody = info.method == "POST" || info.method == "PUT" || info.method == "PATCH";
            if (hasBody)
                QVERIFY2(QJsonDocument::fromJson(info.exampleBody).isObject(), qPrintable(info.path));
            QCOMPARE(endpointFor(info.method, QString(info.path).replace(QStringLiteral("{catalog_name}"), QStringLiteral("shop"))
                                                     .replace(QStringLiteral("{item_id}"), QStringLiteral("1"))
                                                     .replace(QStringLiteral("{campaign_id}"), QStringLiteral("c1"))).id,
                     info.id);
        }
        QCOMPARE(added, 45);
    }
};

QTEST_GUILESS_MAIN(TestMoreRequests)
#include "tst_morerequests.moc"
