// GET /segments/list, /segments/details, /segments/data_series (braze-api.md §11.10-11.12).
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

SandboxReply list(ApiCall &call)
{
    bool ok = true;
    const QString pageText = call.request.queryValue(QStringLiteral("page"));
    const int page = pageText.isEmpty() ? 0 : pageText.toInt(&ok);
    if (!ok || page < 0)
        return bad(QStringLiteral("'page' must be a whole number from 0."));
    const QString direction = call.request.queryValue(QStringLiteral("sort_direction"));
    if (!direction.isEmpty() && direction != QLatin1String("asc") && direction != QLatin1String("desc"))
        return bad(QStringLiteral("'sort_direction' must be 'asc' or 'desc'."));
    QList<Segment> sorted = call.state.segments;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Segment &a, const Segment &b) {
        return direction == QLatin1String("desc") ? a.createdAt > b.createdAt : a.createdAt < b.createdAt;
    });
    QJsonArray segments;
    for (qsizetype i = qsizetype(page) * PageSize; i < sorted.size() && segments.size() < PageSize; ++i) {
        const Segment &s = sorted.at(i);
        segments.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name},
                                    {QStringLiteral("analytics_tracking_enabled"), true},
                                    {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)}});
    }
    return SandboxReply::success(200, {{QStringLiteral("segments"), segments}});
}

const Segment *requestedSegment(const ApiCall &call, SandboxReply *error)
{
    const QString id = call.request.queryValue(QStringLiteral("segment_id"));
    if (id.isEmpty()) {
        *error = bad(QStringLiteral("'segment_id' is required."));
        return nullptr;
    }
    const Segment *segment = call.state.segment(id);
    if (!segment)
        *error = bad(QStringLiteral("Invalid segment_id: no segment has this id."));
    return segment;
}

SandboxReply details(ApiCall &call)
{
    SandboxReply error;
    const Segment *s = requestedSegment(call, &error);
    if (!s)
        return error;
    return SandboxReply::success(200, {{QStringLiteral("created_at"), s->createdAt}, {QStringLiteral("updated_at"), s->updatedAt},
                                       {QStringLiteral("name"), s->name}, {QStringLiteral("description"), s->description},
                                       {QStringLiteral("text_description"), s->textDescription},
                                       {QStringLiteral("tags"), QJsonArray::fromStringList(s->tags)},
                                       {QStringLiteral("teams"), QJsonArray()}});
}

SandboxReply dataSeries(ApiCall &call)
{
    SandboxReply error;
    const Segment *s = requestedSegment(call, &error);
    if (!s)
        return error;
    RequestValidation::SeriesWindow window;
    const QString windowError = RequestValidation::seriesWindow(call.request, call.nowMs, &window);
    if (!windowError.isEmpty())
        return bad(windowError);
    QJsonArray data;
    for (int i = window.length - 1; i >= 0; --i) {
        const QDate day = window.end.addDays(-i);
        data.append(QJsonObject{{QStringLiteral("time"), day.toString(Qt::ISODate)},
                                {QStringLiteral("size"), s->sizeOn(day.daysTo(window.today))}});
    }
    return SandboxReply::success(200, {{QStringLiteral("data"), data}});
}

} // namespace

void EndpointFamilies::addSegments(EndpointTable &table)
{
    const QString bucket = QLatin1String(RateLimiter::Default);
    table.add(QStringLiteral("/segments/list"), {"GET", QStringLiteral("segments.list"), bucket, false, list});
    table.add(QStringLiteral("/segments/details"), {"GET", QStringLiteral("segments.details"), bucket, false, details});
    table.add(QStringLiteral("/segments/data_series"), {"GET", QStringLiteral("segments.data_series"), bucket, false, dataSeries});
}

} // namespace Sandbox
