// POST /sends/id/create and GET /sends/data_series (braze-api.md §11.13-11.14). The series is
// computed from what the sandbox recorded as sent under that send id, so it matches the
// rehearsal the marketer just ran.
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"

#include <QJsonArray>
#include <QMap>

namespace Sandbox {

namespace {

constexpr int MaxSendIdLength = 64;
constexpr qint64 RetentionDays = 14;

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
}

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 32 && c.unicode() < 127; });
}

SandboxReply createSendId(ApiCall &call)
{
    const QJsonValue campaignId = call.body.value(QLatin1String("campaign_id"));
    if (!campaignId.isString() || campaignId.toString().isEmpty())
        return bad(QStringLiteral("'campaign_id' is required."));
    if (!call.state.campaign(campaignId.toString()))
        return bad(QStringLiteral("Invalid Campaign ID"));
    const QJsonValue sendId = call.body.value(QLatin1String("send_id"));
    if (!sendId.isUndefined() && (!sendId.isString() || sendId.toString().isEmpty() || sendId.toString().size() > MaxSendIdLength
                                  || !isAscii(sendId.toString())))
        return bad(QStringLiteral("'send_id' must be 1 to 64 ASCII characters."));
    const QString id = sendId.isString() ? sendId.toString() : call.state.newHexId(32);
    call.state.sendIds.append({{QStringLiteral("campaign_id"), campaignId.toString()}, {QStringLiteral("send_id"), id},
                               {QStringLiteral("created_at_ms"), double(call.nowMs)}});
    call.stateChanged = true;
    return SandboxReply::success(201, {{QStringLiteral("send_id"), id}});
}

bool sendIdKnown(const SandboxState &state, const QString &campaignId, const QString &sendId)
{
    const auto matches = [&](const QJsonObject &o) {
        return o.value(QLatin1String("campaign_id")).toString() == campaignId && o.value(QLatin1String("send_id")).toString() == sendId;
    };
    return std::any_of(state.sendIds.begin(), state.sendIds.end(), matches)
        || std::any_of(state.dispatches.begin(), state.dispatches.end(), matches);
}

// Plausible engagement derived from the count sent: stable, never more than was sent.
QJsonObject stats(const QString &channel, const QString &variationName, int sent)
{
    const auto share = [sent](double f) { return int(sent * f); };
    QJsonObject s{{QStringLiteral("variation_name"), variationName}, {QStringLiteral("sent"), sent},
                  {QStringLiteral("unique_recipients"), sent}, {QStringLiteral("conversions"), share(0.02)},
                  {QStringLiteral("revenue"), 0.0}};
    if (channel == QLatin1String("email")) {
        s.insert(QStringLiteral("delivered"), sent - share(0.02));
        s.insert(QStringLiteral("bounces"), share(0.02));
        s.insert(QStringLiteral("opens"), share(0.4));
        s.insert(QStringLiteral("unique_opens"), share(0.3));
        s.insert(QStringLiteral("clicks"), share(0.08));
        s.insert(QStringLiteral("unique_clicks"), share(0.06));
        s.insert(QStringLiteral("unsubscribes"), share(0.005));
        s.insert(QStringLiteral("reported_spam"), 0);
    } else if (channel == QLatin1String("webhook")) {
        s.insert(QStringLiteral("errors"), 0);
    } else {
        s.insert(QStringLiteral("delivered"), sent);
    }
    return s;
}

SandboxReply dataSeries(ApiCall &call)
{
    const QString campaignId = call.request.queryValue(QStringLiteral("campaign_id"));
    const QString sendId = call.request.queryValue(QStringLiteral("send_id"));
    if (campaignId.isEmpty() || sendId.isEmpty())
        return bad(QStringLiteral("'campaign_id' and 'send_id' are required."));
    const ApiCampaign *campaign = call.state.campaign(campaignId);
    if (!campaign)
        return bad(QStringLiteral("Invalid Campaign ID"));
    if (!sendIdKnown(call.state, campaignId, sendId))
        return bad(QStringLiteral("Invalid send_id: this campaign has no send with this id."));
    RequestValidation::SeriesWindow window;
    const QString windowError = RequestValidation::seriesWindow(call.request, call.nowMs, &window);
    if (!windowError.isEmpty())
        return bad(windowError);
    // day -> channel -> variation -> sent
    QMap<QDate, QMap<QString, QMap<QString, int>>> sentByDay;
    for (const auto &d : std::as_const(call.state.dispatches)) {
        if (d.value(QLatin1String("campaign_id")).toString() != campaignId || d.value(QLatin1String("send_id")).toString() != sendId
            || d.value(QLatin1String("status")).toString() == QLatin1String("deleted"))
            continue;
        const qint64 at = qint64(d.value(QLatin1String("send_at_ms")).toDouble());
        const QDate day = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date();
        if (at > call.nowMs || day.daysTo(window.today) > RetentionDays)
            continue;   // not sent yet, or older than Braze keeps send stats
        const QJsonObject variations = d.value(QLatin1String("variations")).toObject();   // variation id -> channel
        for (auto it = variations.begin(); it != variations.end(); ++it) {
            const MessageVariation *v = campaign->variation(it.key());
            sentByDay[day][it.value().toString()][v ? v->name : it.key()] += d.value(QLatin1String("recipient_count")).toInt();
        }
    }
    QJsonArray data;
    for (int i = window.length - 1; i >= 0; --i) {
        const QDate day = window.end.addDays(-i);
        QJsonObject messages;
        int total = 0;
        const auto channels = sentByDay.value(day);
        for (auto c = channels.begin(); c != channels.end(); ++c) {
            QJsonArray perVariation;
            for (auto v = c->begin(); v != c->end(); ++v) {
                perVariation.append(stats(c.key(), v.key(), v.value()));
                total += v.value();
            }
            messages.insert(c.key(), perVariation);
        }
        data.append(QJsonObject{{QStringLiteral("time"), day.toString(Qt::ISODate)}, {QStringLiteral("messages"), messages},
                                {QStringLiteral("conversions"), int(total * 0.02)}, {QStringLiteral("unique_recipients"), total},
                                {QStringLiteral("revenue"), 0.0}});
    }
    return SandboxReply::success(200, {{QStringLiteral("data"), data}});
}

} // namespace

void EndpointFamilies::addSends(EndpointTable &table)
{
    table.add(QStringLiteral("/sends/id/create"),
              {"POST", QStringLiteral("sends.id.create"), QLatin1String(RateLimiter::SendIdCreate), false, createSendId});
    table.add(QStringLiteral("/sends/data_series"),
              {"GET", QStringLiteral("sends.data_series"), QLatin1String(RateLimiter::Default), false, dataSeries});
}

} // namespace Sandbox
