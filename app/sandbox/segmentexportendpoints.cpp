// POST /users/export/segment and /users/export/global_control_group (braze-api-more.md §4.5,
// §4.6). The answer comes at once with object_prefix and a URL; the URL (served by the control
// API at /_sandbox/exports/<id>) answers 404 until the configured delay has passed, then serves
// the members as newline-delimited JSON user objects. A callback_endpoint gets
// {"success": true, "url": ...} once the export is ready.
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"
#include "sandbox/userexportfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Sandbox {

namespace {

constexpr int MaxCustomAttributes = 500;
constexpr int MaxConcurrentExports = 100;
// Braze's global control group is a fixed share of random buckets; the sandbox keeps 10 %.
constexpr int ControlGroupBuckets = 1000;

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
}

bool inSegment(const Segment &segment, const SandboxUser &user)
{
    const QString filter = segment.filter;
    if (filter.isEmpty())
        return true;
    const QStringList parts = filter.split(QLatin1Char(' '));
    const QString field = parts.value(0);
    if (field.startsWith(QLatin1String("custom_attribute."))) {
        const QJsonValue value = user.custom.value(field.mid(17));
        if (parts.value(1) == QLatin1String(">"))
            return value.isDouble() && value.toDouble() > parts.value(2).toDouble();
        return parts.value(1) == QLatin1String("is") && value.toBool();
    }
    if (field.startsWith(QLatin1String("subscription_group.")))
        return user.groups.value(field.mid(19)).state == parts.value(1);
    return false;
}

// Where the sandbox serves an export: its own host, as the request reached it.
QString exportUrl(const ApiCall &call, const QString &id)
{
    QString host = QString::fromLatin1(call.request.header("host"));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return QStringLiteral("http://%1/_sandbox/exports/%2").arg(host, id);
}

SandboxReply startExport(ApiCall &call, const QString &segmentId, const QList<const SandboxUser *> &members, QSet<QString> fields)
{
    const QJsonObject &b = call.body;
    const QJsonValue callback = b.value(QLatin1String("callback_endpoint"));
    if (!callback.isUndefined() && (!callback.isString() || !QUrl(callback.toString(), QUrl::StrictMode).isValid()))
        return bad(QStringLiteral("'callback_endpoint' must be a URL."));
    const QString format = b.value(QLatin1String("output_format")).toString(QStringLiteral("zip"));
    if (format != QLatin1String("zip") && format != QLatin1String("gzip"))
        return bad(QStringLiteral("'output_format' must be 'zip' or 'gzip'."));
    if (format == QLatin1String("gzip"))
        return bad(QStringLiteral("'output_format' gzip needs your own cloud storage bucket."));
    qsizetype running = 0;
    for (const auto &e : std::as_const(call.state.exports)) {
        const bool busy = e.readyAtMs > call.nowMs;
        running += busy;
        if (busy && !segmentId.isEmpty() && e.segmentId == segmentId)
            return SandboxReply::message(429, QStringLiteral("An export of this segment is already running."));
    }
    if (running >= MaxConcurrentExports)
        return SandboxReply::message(429, QStringLiteral("Too many segment exports are running at once."));
    ExportJob job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-') + QString::number(call.nowMs / 1000);
    job.segmentId = segmentId;
    job.readyAtMs = call.nowMs + call.config.exportReadyDelayMs;
    for (const SandboxUser *u : members)
        job.lines += QJsonDocument(UserExportFields::exportUser(*u, fields)).toJson(QJsonDocument::Compact) + '\n';
    // Finished exports are dropped after a while: their URLs are only valid for a few hours.
    call.state.exports.removeIf([&](const ExportJob &e) { return e.readyAtMs + 4LL * 3600 * 1000 < call.nowMs; });
    call.state.exports.append(job);
    call.stateChanged = true;
    const QString url = exportUrl(call, job.id);
    if (callback.isString()) {
        call.postbacks.append({QUrl(callback.toString()), {{QStringLiteral("success"), true}, {QStringLiteral("url"), url}},
                               call.config.exportReadyDelayMs});
    }
    return SandboxReply::success(201, {{QStringLiteral("object_prefix"), job.id}, {QStringLiteral("url"), url}});
}

QString readFields(const ApiCall &call, QSet<QString> *fields)
{
    // Required for every workspace created since April 2021, so always here.
    if (!call.body.contains(QLatin1String("fields_to_export")))
        return QStringLiteral("'fields_to_export' is required.");
    return UserExportFields::parse(call.body, true, fields);
}

SandboxReply exportSegment(ApiCall &call)
{
    const QJsonValue id = call.body.value(QLatin1String("segment_id"));
    if (!id.isString() || id.toString().isEmpty())
        return bad(QStringLiteral("'segment_id' is required."));
    const Segment *segment = call.state.segment(id.toString());
    if (!segment)
        return bad(QStringLiteral("Invalid segment_id: no segment has this id."));
    QSet<QString> fields;
    const QString error = readFields(call, &fields);
    if (!error.isEmpty())
        return bad(error);
    QStringList attributes;
    if (call.body.contains(QLatin1String("custom_attributes_to_export"))
        && !RequestValidation::stringList(call.body.value(QLatin1String("custom_attributes_to_export")), &attributes))
        return bad(QStringLiteral("'custom_attributes_to_export' must be an array of strings."));
    if (attributes.size() > MaxCustomAttributes)
        return bad(QStringLiteral("'custom_attributes_to_export' may list at most 500 attributes."));
    QList<const SandboxUser *> members;
    for (const auto &[brazeId, user] : call.state.users) {
        if (user.isReady(call.nowMs) && inSegment(*segment, user))
            members << &user;
    }
    if (!attributes.isEmpty() && !fields.contains(QStringLiteral("custom_attributes"))) {
        // Only the named custom attributes: export copies with just those.
        QList<SandboxUser> narrowed;
        for (const SandboxUser *u : std::as_const(members)) {
            SandboxUser copy = *u;
            QJsonObject kept;
            for (const QString &a : std::as_const(attributes)) {
                if (u->custom.contains(a))
                    kept.insert(a, u->custom.value(a));
            }
            copy.custom = kept;
            narrowed << copy;
        }
        QList<const SandboxUser *> pointers;
        for (const auto &u : std::as_const(narrowed))
            pointers << &u;
        fields.insert(QStringLiteral("custom_attributes"));
        return startExport(call, segment->id, pointers, fields);
    }
    return startExport(call, segment->id, members, fields);
}

SandboxReply exportControlGroup(ApiCall &call)
{
    QSet<QString> fields;
    const QString error = readFields(call, &fields);
    if (!error.isEmpty())
        return bad(error);
    QList<const SandboxUser *> members;
    for (const auto &[brazeId, user] : call.state.users) {
        if (user.isReady(call.nowMs) && user.randomBucket < ControlGroupBuckets)
            members << &user;
    }
    return startExport(call, QString(), members, fields);
}

} // namespace

void EndpointFamilies::addSegmentExport(EndpointTable &table)
{
    const QString bucket = QLatin1String(RateLimiter::Default);
    table.add(QStringLiteral("/users/export/segment"), {"POST", QStringLiteral("users.export.segment"), bucket, false, exportSegment});
    table.add(QStringLiteral("/users/export/global_control_group"),
              {"POST", QStringLiteral("users.export.global_control_group"), bucket, false, exportControlGroup});
}

} // namespace Sandbox
