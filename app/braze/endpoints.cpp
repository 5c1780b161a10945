#include "braze/endpoints.h"

#include <algorithm>

namespace Braze {

namespace {

// Shared buckets of braze-api.md §5.4. "default" is the 250,000 requests per hour that every
// endpoint without its own limit shares.
const DocumentedRateLimit DefaultLimit{QStringLiteral("default"), 250000, 3600};
const DocumentedRateLimit UserIdentityLimit{QStringLiteral("users.identity"), 20000, 60};
const DocumentedRateLimit SubscriptionSetLimit{QStringLiteral("subscription.set"), 5000, 60};
// braze-api-more.md §4.3, §8: the external id migration's own minute, and the two 50 per minute
// buckets of the synchronous catalog calls (catalogs, items). Transactional e-mail has no limit.
const DocumentedRateLimit ExternalIdsLimit{QStringLiteral("users.external_ids"), 1000, 60};
const DocumentedRateLimit CatalogLimit{QStringLiteral("catalogs.sync"), 50, 60};
const DocumentedRateLimit CatalogItemLimit{QStringLiteral("catalogs.items.sync"), 50, 60};

QByteArray example(const char *json)
{
    return QByteArray(json);
}

// The rows of braze-api-more.md §12 with the docs' example bodies (trimmed to what matters; where the
// docs hold a placeholder instead of a value Braze accepts, e.g. "blocklist_email1" for an address,
// a value of the right shape, so the composer's example passes its own checks).
QList<EndpointInfo> moreEndpoints(const QByteArray &get, const QByteArray &post)
{
    const QByteArray patch("PATCH"), put("PUT"), del("DELETE");
    const QString item = QStringLiteral("/catalogs/{catalog_name}/items/{item_id}");
    return {
        // Sends are never de-duplicated: a repeat enters the users again.
        {Endpoint::CanvasTriggerSend, post, QStringLiteral("/canvas/trigger/send"), QStringLiteral("canvas.trigger.send"), DefaultLimit, 50, false,
         example(R"({"canvas_id":"canvas_identifier","context":{"product_name":"shoes"},"recipients":[{"external_user_id":"user_123","context":{"size":"42"}}]})"), {}},
        {Endpoint::CanvasTriggerScheduleCreate, post, QStringLiteral("/canvas/trigger/schedule/create"), QStringLiteral("canvas.trigger.schedule.create"),
         DefaultLimit, 50, false,
         example(R"({"canvas_id":"canvas_identifier","recipients":[{"external_user_id":"user_123"}],"schedule":{"time":"2026-04-01T09:00:00Z"}})"), {}},
        {Endpoint::CanvasTriggerScheduleUpdate, post, QStringLiteral("/canvas/trigger/schedule/update"), QStringLiteral("canvas.trigger.schedule.update"),
         DefaultLimit, 0, true, example(R"({"canvas_id":"canvas_identifier","schedule_id":"schedule_identifier","schedule":{"time":"2026-04-02T09:00:00Z"}})"), {}},
        {Endpoint::CanvasTriggerScheduleDelete, post, QStringLiteral("/canvas/trigger/schedule/delete"), QStringLiteral("canvas.trigger.schedule.delete"),
         DefaultLimit, 0, true, example(R"({"canvas_id":"canvas_identifier","schedule_id":"schedule_identifier"})"), {}},
        {Endpoint::CampaignsTriggerScheduleCreate, post, QStringLiteral("/campaigns/trigger/schedule/create"),
         QStringLiteral("campaigns.trigger.schedule.create"), DefaultLimit, 50, false,
         example(R"({"campaign_id":"campaign_identifier","recipients":[{"external_user_id":"user_123","trigger_properties":{"offer":"10OFF"}}],"schedule":{"time":"2026-04-01T09:00:00Z"}})"), {}},
        {Endpoint::CampaignsTriggerScheduleUpdate, post, QStringLiteral("/campaigns/trigger/schedule/update"),
         QStringLiteral("campaigns.trigger.schedule.update"), DefaultLimit, 0, true,
         example(R"({"campaign_id":"campaign_identifier","schedule_id":"schedule_identifier","schedule":{"time":"2026-04-02T09:00:00Z"}})"), {}},
        {Endpoint::CampaignsTriggerScheduleDelete, post, QStringLiteral("/campaigns/trigger/schedule/delete"),
         QStringLiteral("campaigns.trigger.schedule.delete"), DefaultLimit, 0, true,
         example(R"({"campaign_id":"campaign_identifier","schedule_id":"schedule_identifier"})"), {}},
        {Endpoint::MessagesScheduledBroadcasts, get, QStringLiteral("/messages/scheduled_broadcasts"), QStringLiteral("messages.schedule_broadcasts"),
         DefaultLimit, 0, true, {}, QStringLiteral("end_time=2026-04-30T00:00:00Z")},
        // No rate limit; external_send_id makes a repeat harmless, but only when the caller gave one.
        {Endpoint::TransactionalSend, post, QStringLiteral("/transactional/v1/campaigns/{campaign_id}/send"), QStringLiteral("transactional.send"),
         {}, 1, false,
         example(R"({"external_send_id":"34a2ceb3cf6184132f3d816e9984269a","trigger_properties":{"order_id":"1001"},"recipient":{"external_user_id":"user_123"}})"), {}},
        {Endpoint::CampaignsList, get, QStringLiteral("/campaigns/list"), QStringLiteral("campaigns.list"), DefaultLimit, 0, true, {},
         QStringLiteral("page=0&include_archived=false&sort_direction=desc")},
        {Endpoint::CampaignsDetails, get, QStringLiteral("/campaigns/details"), QStringLiteral("campaigns.details"), DefaultLimit, 0, true, {},
         QStringLiteral("campaign_id=campaign_identifier")},
        {Endpoint::CanvasList, get, QStringLiteral("/canvas/list"), QStringLiteral("canvas.list"), DefaultLimit, 0, true, {},
         QStringLiteral("page=0&include_archived=false&sort_direction=desc")},
        {Endpoint::CanvasDetails, get, QStringLiteral("/canvas/details"), QStringLiteral("canvas.details"), DefaultLimit, 0, true, {},
         QStringLiteral("canvas_id=canvas_identifier")},
        {Endpoint::UsersMerge, post, QStringLiteral("/users/merge"), QStringLiteral("users.merge"), UserIdentityLimit, 50, true,
         example(R"({"merge_updates":[{"identifier_to_merge":{"external_id":"old-user1"},"identifier_to_keep":{"external_id":"current-user1"}}]})"), {}},
        {Endpoint::UsersAliasUpdate, post, QStringLiteral("/users/alias/update"), QStringLiteral("users.alias.update"), UserIdentityLimit, 50, true,
         example(R"({"alias_updates":[{"alias_label":"example_label","old_alias_name":"example_name","new_alias_name":"example_new_name"}]})"), {}},
        {Endpoint::UsersExternalIdsRename, post, QStringLiteral("/users/external_ids/rename"), QStringLiteral("users.external_ids.rename"),
         ExternalIdsLimit, 50, false,
         example(R"({"external_id_renames":[{"current_external_id":"existing_external_id","new_external_id":"new_external_id"}]})"), {}},
        {Endpoint::UsersExternalIdsRemove, post, QStringLiteral("/users/external_ids/remove"), QStringLiteral("users.external_ids.remove"),
         ExternalIdsLimit, 50, true, example(R"({"external_ids":["existing_deprecated_external_id_string"]})"), {}},
        // Only one export per segment may run: a repeat is refused with 429.
        {Endpoint::UsersExportSegment, post, QStringLiteral("/users/export/segment"), QStringLiteral("users.export.segment"), DefaultLimit, 0, false,
         example(R"({"segment_id":"segment_identifier","callback_endpoint":"https://example.com/export-done","fields_to_export":["first_name","email","purchases"],"output_format":"zip"})"), {}},
        {Endpoint::UsersExportGlobalControlGroup, post, QStringLiteral("/users/export/global_control_group"),
         QStringLiteral("users.export.global_control_group"), DefaultLimit, 0, false,
         example(R"({"callback_endpoint":"https://example.com/export-done","fields_to_export":["email","braze_id"],"output_format":"zip"})"), {}},
        {Endpoint::EmailHardBounces, get, QStringLiteral("/email/hard_bounces"), QStringLiteral("email.hard_bounces"), DefaultLimit, 0, true, {},
         QStringLiteral("start_date=2026-01-01&end_date=2026-02-01&limit=100&offset=0")},
        {Endpoint::EmailUnsubscribes, get, QStringLiteral("/email/unsubscribes"), QStringLiteral("email.unsubscribe"), DefaultLimit, 0, true, {},
         QStringLiteral("start_date=2026-01-01&end_date=2026-02-01&limit=100&offset=0&sort_direction=desc")},
        {Endpoint::EmailStatus, post, QStringLiteral("/email/status"), QStringLiteral("email.status"), DefaultLimit, 50, true,
         example(R"({"email":"example@example.com","subscription_state":"subscribed"})"), {}},
        {Endpoint::EmailBounceRemove, post, QStringLiteral("/email/bounce/remove"), QStringLiteral("email.bounce.remove"), DefaultLimit, 50, true,
         example(R"({"email":"example@example.com"})"), {}},
        {Endpoint::EmailSpamRemove, post, QStringLiteral("/email/spam/remove"), QStringLiteral("email.spam.remove"), DefaultLimit, 50, true,
         example(R"({"email":"example@example.com"})"), {}},
        {Endpoint::EmailBlocklist, post, QStringLiteral("/email/blocklist"), QStringLiteral("email.blacklist"), DefaultLimit, 50, true,
         example(R"({"email":["blocked1@example.com","blocked2@example.com"]})"), {}},
        {Endpoint::EmailBlacklist, post, QStringLiteral("/email/blacklist"), QStringLiteral("email.blacklist"), DefaultLimit, 50, true,
         example(R"({"email":["blocked1@example.com","blocked2@example.com"]})"), {}},
        {Endpoint::SmsInvalidPhoneNumbers, get, QStringLiteral("/sms/invalid_phone_numbers"), QStringLiteral("sms.invalid_phone_numbers"),
         DefaultLimit, 0, true, {}, QStringLiteral("start_date=2026-01-01&end_date=2026-02-01&limit=100&offset=0")},
        {Endpoint::SmsInvalidPhoneNumbersRemove, post, QStringLiteral("/sms/invalid_phone_numbers/remove"),
         QStringLiteral("sms.invalid_phone_numbers.remove"), DefaultLimit, 50, true, example(R"({"phone_numbers":["12183095514","14255551212"]})"), {}},
        {Endpoint::ContentBlocksList, get, QStringLiteral("/content_blocks/list"), QStringLiteral("content_blocks.list"), DefaultLimit, 0, true, {},
         QStringLiteral("modified_after=2026-01-01T00:00:00Z&limit=100&offset=0")},
        {Endpoint::ContentBlocksInfo, get, QStringLiteral("/content_blocks/info"), QStringLiteral("content_blocks.info"), DefaultLimit, 0, true, {},
         QStringLiteral("content_block_id=content_block_identifier&include_inclusion_data=false")},
        // A repeated create fails on the name ("already exists"), so nothing is created twice.
        {Endpoint::ContentBlocksCreate, post, QStringLiteral("/content_blocks/create"), QStringLiteral("content_blocks.create"), DefaultLimit, 0, true,
         example(R"({"name":"content_block","description":"This is my Content Block","content":"HTML content within block","state":"draft","tags":["marketing"]})"), {}},
        {Endpoint::ContentBlocksUpdate, post, QStringLiteral("/content_blocks/update"), QStringLiteral("content_blocks.update"), DefaultLimit, 0, true,
         example(R"({"content_block_id":"content_block_identifier","name":"content_block","content":"HTML or text content within block","state":"draft"})"), {}},
        {Endpoint::TemplatesEmailList, get, QStringLiteral("/templates/email/list"), QStringLiteral("templates.email.list"), DefaultLimit, 0, true, {},
         QStringLiteral("modified_after=2026-01-01T00:00:00Z&limit=100&offset=0")},
        {Endpoint::TemplatesEmailInfo, get, QStringLiteral("/templates/email/info"), QStringLiteral("templates.email.info"), DefaultLimit, 0, true, {},
         QStringLiteral("email_template_id=email_template_identifier")},
        // Template names need not be unique: a repeated create makes a second template.
        {Endpoint::TemplatesEmailCreate, post, QStringLiteral("/templates/email/create"), QStringLiteral("templates.email.create"), DefaultLimit, 0, false,
         example(R"({"template_name":"email_template_name","subject":"Welcome to my email template!","body":"This is the text within my email body and https://www.braze.com/ here is a link to Braze.com.","plaintext_body":"This is the text within my email body and here is a link to https://www.braze.com/.","preheader":"My preheader is pretty cool.","tags":["Tag1","Tag2"]})"), {}},
        {Endpoint::TemplatesEmailUpdate, post, QStringLiteral("/templates/email/update"), QStringLiteral("templates.email.update"), DefaultLimit, 0, true,
         example(R"({"email_template_id":"email_template_id","template_name":"Weekly Newsletter","subject":"This Week's Styles"})"), {}},
        {Endpoint::CatalogsList, get, QStringLiteral("/catalogs"), QStringLiteral("catalogs.get"), CatalogLimit, 0, true, {}, {}},
        {Endpoint::CatalogsCreate, post, QStringLiteral("/catalogs"), QStringLiteral("catalogs.create"), CatalogLimit, 1, true,
         example(R"({"catalogs":[{"name":"restaurants","description":"My Restaurants","fields":[{"name":"id","type":"string"},{"name":"Name","type":"string"},{"name":"Rating","type":"number"},{"name":"Loyalty_Program","type":"boolean"}]}]})"), {}},
        {Endpoint::CatalogsDelete, del, QStringLiteral("/catalogs/{catalog_name}"), QStringLiteral("catalogs.delete"), CatalogLimit, 0, true, {}, {}},
        {Endpoint::CatalogItemsList, get, QStringLiteral("/catalogs/{catalog_name}/items"), QStringLiteral("catalogs.get_items"), CatalogItemLimit, 0, true,
         {}, {}},
        {Endpoint::CatalogItemGet, get, item, QStringLiteral("catalogs.get_item"), CatalogItemLimit, 0, true, {}, {}},
        {Endpoint::CatalogItemCreate, post, item, QStringLiteral("catalogs.create_item"), CatalogItemLimit, 1, true,
         example(R"({"items":[{"Name":"Restaurant1","City":"New York","Cuisine":"American","Rating":5,"Loyalty_Program":true}]})"), {}},
        {Endpoint::CatalogItemUpdate, patch, item, QStringLiteral("catalogs.update_item"), CatalogItemLimit, 1, true,
         example(R"({"items":[{"Name":"Restaurant","Loyalty_Program":false}]})"), {}},
        {Endpoint::CatalogItemReplace, put, item, QStringLiteral("catalogs.replace_item"), CatalogItemLimit, 1, true,
         example(R"({"items":[{"Name":"Restaurant","City":"New York","Rating":5}]})"), {}},
        {Endpoint::CatalogItemDelete, del, item, QStringLiteral("catalogs.delete_item"), CatalogItemLimit, 0, true, {}, {}},
    };
}

QList<EndpointInfo> buildTable()
{
    const QByteArray get("GET");
    const QByteArray post("POST");
    QList<EndpointInfo> table{
        // users/track: the newest documented burst limit for data-point contracts, 3,000 per 3 s.
        {Endpoint::UsersTrack, post, QStringLiteral("/users/track"), QStringLiteral("users.track"),
         {QStringLiteral("users.track"), 3000, 3}, 75, false,
         example(R"({"attributes":[{"external_id":"user_123","outgrow_quiz_score":42}],"events":[{"external_id":"user_123","name":"quikly_activation_joined","time":"2025-03-01T12:00:00Z","properties":{"q_scope":"spring"}}]})"), {}},
        // users/export/ids: 250 per minute for workspaces onboarded since 2024-08-22 (the lower value).
        {Endpoint::UsersExportIds, post, QStringLiteral("/users/export/ids"), QStringLiteral("users.export.ids"),
         {QStringLiteral("users.export.ids"), 250, 60}, 50, true,
         example(R"({"email_address":"email@example.com","fields_to_export":["external_id","braze_id","user_aliases","email","email_subscribe"]})"), {}},
        {Endpoint::UsersAliasNew, post, QStringLiteral("/users/alias/new"), QStringLiteral("users.alias.new"),
         UserIdentityLimit, 50, true, example(R"({"user_aliases":[{"alias_name":"email@example.com","alias_label":"email"}]})"), {}},
        {Endpoint::UsersIdentify, post, QStringLiteral("/users/identify"), QStringLiteral("users.identify"),
         UserIdentityLimit, 50, true,
         example(R"({"aliases_to_identify":[{"external_id":"user_123","user_alias":{"alias_name":"email@example.com","alias_label":"email"}}]})"), {}},
        {Endpoint::UsersDelete, post, QStringLiteral("/users/delete"), QStringLiteral("users.delete"),
         UserIdentityLimit, 50, true, example(R"({"external_ids":["user_123"]})"), {}},
        {Endpoint::SubscriptionStatusGet, get, QStringLiteral("/subscription/status/get"), QStringLiteral("subscription.status.get"),
         DefaultLimit, 50, true, {}, QStringLiteral("subscription_group_id=the-id-of-the-subscription-group&phone=%2B13135551212")},
        // The permission of /subscription/user/status is subscription.groups.get (braze-api.md §6).
        {Endpoint::SubscriptionUserStatus, get, QStringLiteral("/subscription/user/status"), QStringLiteral("subscription.groups.get"),
         DefaultLimit, 50, true, {}, QStringLiteral("external_id=user_123&limit=100&offset=0")},
        {Endpoint::SubscriptionStatusSet, post, QStringLiteral("/subscription/status/set"), QStringLiteral("subscription.status.set"),
         SubscriptionSetLimit, 50, true,
         example(R"({"subscription_group_id":"the-id-of-the-subscription-group","subscription_state":"subscribed","phone":["+13135551212"]})"), {}},
        {Endpoint::SubscriptionStatusSetV2, post, QStringLiteral("/v2/subscription/status/set"), QStringLiteral("subscription.status.set"),
         SubscriptionSetLimit, 50, true,
         example(R"({"subscription_groups":[{"subscription_group_id":"GROUP_EMAIL","subscription_state":"subscribed","external_ids":["user_123"]},{"subscription_group_id":"GROUP_SMS","subscription_state":"unsubscribed","external_ids":["user_123"]}]})"), {}},
        {Endpoint::SegmentsList, get, QStringLiteral("/segments/list"), QStringLiteral("segments.list"), DefaultLimit, 0, true, {},
         QStringLiteral("page=0&sort_direction=desc")},
        {Endpoint::SegmentsDetails, get, QStringLiteral("/segments/details"), QStringLiteral("segments.details"), DefaultLimit, 0, true, {},
         QStringLiteral("segment_id=segment_identifier")},
        {Endpoint::SegmentsDataSeries, get, QStringLiteral("/segments/data_series"), QStringLiteral("segments.data_series"),
         DefaultLimit, 0, true, {}, QStringLiteral("segment_id=segment_identifier&length=14")},
        {Endpoint::SendsDataSeries, get, QStringLiteral("/sends/data_series"), QStringLiteral("sends.data_series"), DefaultLimit, 0, true, {},
         QStringLiteral("campaign_id=campaign_identifier&send_id=spring_newsletter_group_a&length=14")},
        // 100 send ids per day per workspace; a retry could create a second one.
        {Endpoint::SendsIdCreate, post, QStringLiteral("/sends/id/create"), QStringLiteral("sends.id.create"),
         {QStringLiteral("sends.id.create"), 100, 86400}, 0, false,
         example(R"({"campaign_id":"campaign_identifier","send_id":"spring_newsletter_group_a"})"), {}},
        // A repeated create schedules the message twice.
        {Endpoint::MessagesScheduleCreate, post, QStringLiteral("/messages/schedule/create"), QStringLiteral("messages.schedule.create"),
         DefaultLimit, 50, false,
         example(R"({"campaign_id":"API_CAMPAIGN_ID","send_id":"spring_newsletter_group_a","segment_id":"SEGMENT_ID","broadcast":true,"schedule":{"time":"2026-04-01T09:00:00Z"},"messages":{"email":{"app_id":"APP_ID","from":"Shop <news@shop.example>","subject":"Spring","body":"<p>Hi {{${first_name} | default: 'there'}}</p>","message_variation_id":"VARIATION_ID"}}})"), {}},
        {Endpoint::MessagesScheduleUpdate, post, QStringLiteral("/messages/schedule/update"), QStringLiteral("messages.schedule.update"),
         DefaultLimit, 0, true, example(R"({"schedule_id":"schedule_identifier","schedule":{"time":"2026-04-02T09:00:00Z"}})"), {}},
        {Endpoint::MessagesScheduleDelete, post, QStringLiteral("/messages/schedule/delete"), QStringLiteral("messages.schedule.delete"),
         DefaultLimit, 0, true, example(R"({"schedule_id":"schedule_identifier"})"), {}},
        // Sends are never de-duplicated by Braze: a repeat sends the message again.
        {Endpoint::CampaignsTriggerSend, post, QStringLiteral("/campaigns/trigger/send"), QStringLiteral("campaigns.trigger.send"),
         DefaultLimit, 50, false,
         example(R"({"campaign_id":"CAMPAIGN_ID","recipients":[{"external_user_id":"user_123","trigger_properties":{"offer":"10OFF"}}]})"), {}},
        {Endpoint::MessagesSend, post, QStringLiteral("/messages/send"), QStringLiteral("messages.send"), DefaultLimit, 50, false,
         example(R"({"campaign_id":"API_CAMPAIGN_ID","external_user_ids":["user_123"],"messages":{"webhook":{"url":"https://example.com/hook","request_method":"POST","request_headers":{"Content-Type":"application/json"},"body":"{\"offer\":\"10OFF\"}"}}})"), {}},
    };
    table += moreEndpoints(get, post);
    table.append({Endpoint::Raw, QByteArray(), QString(), QString(), {}, 0, false, {}, {}});
    return table;
}

// "/catalogs/{catalog_name}/items" matches "/catalogs/spring_products/items".
bool pathMatches(const QString &pattern, const QString &path)
{
    if (!pattern.contains(QLatin1Char('{')))
        return pattern == path;
    const QStringList want = pattern.split(QLatin1Char('/'));
    const QStringList have = path.split(QLatin1Char('/'));
    if (want.size() != have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const bool parameter = want.at(i).startsWith(QLatin1Char('{')) && want.at(i).endsWith(QLatin1Char('}'));
        if (parameter ? have.at(i).isEmpty() : want.at(i) != have.at(i))
            return false;
    }
    return true;
}

} // namespace

const QList<EndpointInfo> &allEndpoints()
{
    static const QList<EndpointInfo> table = buildTable();
    return table;
}

const EndpointInfo &endpointInfo(Endpoint endpoint)
{
    const auto &table = allEndpoints();
    const auto it = std::find_if(table.cbegin(), table.cend(), [endpoint](const EndpointInfo &info) { return info.id == endpoint; });
    return it != table.cend() ? *it : table.last();
}

const EndpointInfo &endpointFor(const QByteArray &method, const QString &path)
{
    const auto &table = allEndpoints();
    QString cleanPath = path.section(QLatin1Char('?'), 0, 0);
    while (cleanPath.size() > 1 && cleanPath.endsWith(QLatin1Char('/')))
        cleanPath.chop(1);
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const EndpointInfo &info) {
        return info.method.compare(method, Qt::CaseInsensitive) == 0 && pathMatches(info.path, cleanPath);
    });
    return it != table.cend() ? *it : table.last();
}

} // namespace Braze
