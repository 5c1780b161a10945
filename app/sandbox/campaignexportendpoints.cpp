// GET /campaigns/list, /campaigns/details, /canvas/list, /canvas/details (braze-api-more.md
// §3.1-§3.4): pages of 100 by creation time, archived ones only on request, details in the
// documented shape (campaign messages as an object keyed by variation id).
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

constexpr int PageSize = 100;

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
}

struct ListRow
{
    QString createdAt;
    QString lastEdited;
    bool archived = false;
    QJsonObject json;
};

// page, include_archived, sort_direction and last_edit.time[gt] (clients send the name
// percent-encoded; the query parser has decoded it).
SandboxReply page(ApiCall &call, QList<ListRow> rows, const QString &key)
{
    const SandboxRequest &r = call.request;
    bool ok = true;
    const QString pageText = r.queryValue(QStringLiteral("page"));
    const int pageNumber = pageText.isEmpty() ? 0 : pageText.toInt(&ok);
    if (!ok || pageNumber < 0)
        return bad(QStringLiteral("'page' must be a whole number from 0."));
    const QString direction = r.queryValue(QStringLiteral("sort_direction"));
    if (!direction.isEmpty() && direction != QLatin1String("asc") && direction != QLatin1String("desc"))
        return bad(QStringLiteral("'sort_direction' must be 'asc' or 'desc'."));
    const QString archivedText = r.queryValue(QStringLiteral("include_archived"));
    if (!archivedText.isEmpty() && archivedText != QLatin1String("true") && archivedText != QLatin1String("false"))
        return bad(QStringLiteral("'include_archived' must be true or false."));
    const QString editedText = r.queryValue(QStringLiteral("last_edit.time[gt]"));
    std::optional<QDateTime> editedAfter;
    if (!editedText.isEmpty()) {
        editedAfter = RequestValidation::parseTime(editedText);
        if (!editedAfter)
            return bad(QStringLiteral("'last_edit.time[gt]' must be a time such as 2025-03-01T10:00:00."));
    }
    rows.removeIf([&](const ListRow &row) {
        const auto edited = RequestValidation::parseTime(row.lastEdited);
        return (row.archived && archivedText != QLatin1String("true")) || (editedAfter && (!edited || *edited <= *editedAfter));
    });
    std::stable_sort(rows.begin(), rows.end(), [&](const ListRow &a, const ListRow &b) {
        return direction == QLatin1String("desc") ? a.createdAt > b.createdAt : a.createdAt < b.createdAt;
    });
    QJsonArray list;
    for (qsizetype i = qsizetype(pageNumber) * PageSize; i < rows.size() && list.size() < PageSize; ++i)
        list.append(rows.at(i).json);
    return SandboxReply::success(200, {{key, list}});
}

SandboxReply campaignList(ApiCall &call)
{
    QList<ListRow> rows;
    for (const auto &c : std::as_const(call.state.campaigns)) {
        rows.append({c.createdAt, c.lastEdited, c.archived,
                     {{QStringLiteral("id"), c.id}, {QStringLiteral("last_edited"), c.lastEdited}, {QStringLiteral("name"), c.name},
                      {QStringLiteral("is_api_campaign"), c.apiTriggered || c.transactional},
                      {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)}}});
    }
    return page(call, rows, QStringLiteral("campaigns"));
}

SandboxReply canvasList(ApiCall &call)
{
    QList<ListRow> rows;
    for (const auto &c : std::as_const(call.state.canvases)) {
        rows.append({c.createdAt, c.lastEdited, c.archived,
                     {{QStringLiteral("id"), c.id}, {QStringLiteral("last_edited"), c.lastEdited}, {QStringLiteral("name"), c.name},
                      {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)}}});
    }
    return page(call, rows, QStringLiteral("canvases"));
}

QString requiredId(const ApiCall &call, const char *name, SandboxReply *error)
{
    const QString id = call.request.queryValue(QLatin1String(name));
    if (id.isEmpty())
        *error = bad(QStringLiteral("Bad Request: '%1' is required.").arg(QLatin1String(name)));
    return id;
}

QString scheduleTypeOf(bool apiTriggered)
{
    return apiTriggered ? QStringLiteral("api_triggered") : QStringLiteral("time_based");
}

SandboxReply campaignDetails(ApiCall &call)
{
    SandboxReply error;
    const QString id = requiredId(call, "campaign_id", &error);
    if (id.isEmpty())
        return error;
    const ApiCampaign *c = call.state.campaign(id);
    if (!c)
        return bad(QStringLiteral("Invalid Campaign ID"));
    QJsonObject messages;
    QStringList channels;
    for (const auto &v : c->variations) {
        messages.insert(v.id, QJsonObject{{QStringLiteral("channel"), v.channel}, {QStringLiteral("name"), v.name}});
        if (!channels.contains(v.channel))
            channels << v.channel;
    }
    return SandboxReply::success(200, {{QStringLiteral("created_at"), c->createdAt}, {QStringLiteral("updated_at"), c->lastEdited},
                                       {QStringLiteral("archived"), c->archived}, {QStringLiteral("draft"), false},
                                       {QStringLiteral("enabled"), c->enabled}, {QStringLiteral("has_post_launch_draft"), false},
                                       {QStringLiteral("name"), c->name}, {QStringLiteral("description"), QString()},
                                       {QStringLiteral("schedule_type"), scheduleTypeOf(c->apiTriggered || c->transactional)},
                                       {QStringLiteral("channels"), QJsonArray::fromStringList(channels)},
                                       {QStringLiteral("first_sent"), QJsonValue::Null}, {QStringLiteral("last_sent"), QJsonValue::Null},
                                       {QStringLiteral("tags"), QJsonArray::fromStringList(c->tags)}, {QStringLiteral("teams"), QJsonArray()},
                                       {QStringLiteral("messages"), messages}, {QStringLiteral("conversion_behaviors"), QJsonArray()}});
}

SandboxReply canvasDetails(ApiCall &call)
{
    SandboxReply error;
    const QString id = requiredId(call, "canvas_id", &error);
    if (id.isEmpty())
        return error;
    const Canvas *c = call.state.canvas(id);
    if (!c)
        return bad(QStringLiteral("Invalid Canvas ID"));
    // One variant whose single step per channel stands for the Canvas's messages.
    QJsonArray steps, firstSteps;
    for (const QString &channel : c->channels) {
        const QString stepId = c->id + QLatin1Char('-') + channel;
        firstSteps.append(stepId);
        steps.append(QJsonObject{{QStringLiteral("name"), channel}, {QStringLiteral("type"), channel}, {QStringLiteral("id"), stepId},
                                 {QStringLiteral("next_step_ids"), QJsonArray()}, {QStringLiteral("next_paths"), QJsonArray()},
                                 {QStringLiteral("channels"), QJsonArray{channel}},
                                 {QStringLiteral("messages"), QJsonObject{{stepId + QStringLiteral("-message"),
                                                                           QJsonObject{{QStringLiteral("channel"), channel}}}}}});
    }
    const QJsonArray variants{QJsonObject{{QStringLiteral("name"), QStringLiteral("Variant 1")},
                                          {QStringLiteral("id"), QString(c->id + QStringLiteral("-variant"))},
                                          {QStringLiteral("first_step_ids"), firstSteps}}};
    return SandboxReply::success(200, {{QStringLiteral("created_at"), c->createdAt}, {QStringLiteral("updated_at"), c->lastEdited},
                                       {QStringLiteral("name"), c->name}, {QStringLiteral("description"), c->description},
                                       {QStringLiteral("archived"), c->archived}, {QStringLiteral("draft"), false},
                                       {QStringLiteral("enabled"), c->enabled}, {QStringLiteral("has_post_launch_draft"), false},
                                       {QStringLiteral("schedule_type"), scheduleTypeOf(c->apiTriggered)},
                                       {QStringLiteral("first_entry"), QJsonValue::Null}, {QStringLiteral("last_entry"), QJsonValue::Null},
                                       {QStringLiteral("channels"), QJsonArray::fromStringList(c->channels)},
                                       {QStringLiteral("variants"), variants}, {QStringLiteral("tags"), QJsonArray::fromStringList(c->tags)},
                                       {QStringLiteral("teams"), QJsonArray()}, {QStringLiteral("steps"), steps}});
}

} // namespace

void EndpointFamilies::addCampaignExport(EndpointTable &table)
{
    const QString bucket = QLatin1String(RateLimiter::Default);
    table.add(QStringLiteral("/campaigns/list"), {"GET", QStringLiteral("campaigns.list"), bucket, false, campaignList});
    table.add(QStringLiteral("/campaigns/details"), {"GET", QStringLiteral("campaigns.details"), bucket, false, campaignDetails});
    table.add(QStringLiteral("/canvas/list"), {"GET", QStringLiteral("canvas.list"), bucket, false, canvasList});
    table.add(QStringLiteral("/canvas/details"), {"GET", QStringLiteral("canvas.details"), bucket, false, canvasDetails});
}

} // namespace Sandbox
