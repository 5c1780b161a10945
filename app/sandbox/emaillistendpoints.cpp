// The e-mail and SMS lists (braze-api-more.md §5, §6): GET /email/hard_bounces,
// /email/unsubscribes, /sms/invalid_phone_numbers and the writes that change them:
// POST /email/status, /email/bounce/remove, /email/spam/remove, /email/blocklist (and its legacy
// name /email/blacklist), /sms/invalid_phone_numbers/remove. All on the shared default bucket.
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

constexpr int MaxAddresses = 50;
constexpr int DefaultLimit = 100;
constexpr int MaxLimit = 500;

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
}

struct ListQuery
{
    std::optional<QDate> start;
    QDate end;
    int limit = DefaultLimit;
    int offset = 0;
    bool ascending = false;
};

// start_date/end_date (YYYY-MM-DD, midnight UTC), limit, offset, sort_direction.
QString readListQuery(const SandboxRequest &r, bool endRequired, ListQuery *q)
{
    const QString startText = r.queryValue(QStringLiteral("start_date"));
    const QString endText = r.queryValue(QStringLiteral("end_date"));
    if (endRequired && endText.isEmpty())
        return QStringLiteral("Bad Request: 'end_date' is required.");
    if (!startText.isEmpty()) {
        q->start = QDate::fromString(startText, Qt::ISODate);
        if (!q->start->isValid())
            return QStringLiteral("Bad Request: 'start_date' must be a date such as 2025-03-01.");
    }
    if (!endText.isEmpty()) {
        q->end = QDate::fromString(endText, Qt::ISODate);
        if (!q->end.isValid())
            return QStringLiteral("Bad Request: 'end_date' must be a date such as 2025-03-31.");
    }
    if (q->start && q->end.isValid() && *q->start >= q->end)
        return QStringLiteral("Bad Request: 'start_date' must be earlier than 'end_date'.");
    bool ok = true;
    const QString limitText = r.queryValue(QStringLiteral("limit"));
    q->limit = limitText.isEmpty() ? DefaultLimit : limitText.toInt(&ok);
    if (!ok || q->limit < 1 || q->limit > MaxLimit)
        return QStringLiteral("Bad Request: 'limit' must be a whole number from 1 to 500.");
    const QString offsetText = r.queryValue(QStringLiteral("offset"));
    q->offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&ok);
    if (!ok || q->offset < 0)
        return QStringLiteral("Bad Request: 'offset' must be a whole number from 0.");
    const QString direction = r.queryValue(QStringLiteral("sort_direction"));
    if (!direction.isEmpty() && direction != QLatin1String("asc") && direction != QLatin1String("desc"))
        return QStringLiteral("Bad Request: 'sort_direction' must be 'asc' or 'desc'.");
    q->ascending = direction == QLatin1String("asc");
    return {};
}

bool inRange(const ListQuery &q, qint64 atMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    return (!q.start || at >= QDateTime(*q.start, QTime(0, 0), Qt::UTC)) && (!q.end.isValid() || at < QDateTime(q.end, QTime(0, 0), Qt::UTC));
}

// Filters, sorts (newest first unless ascending) and pages a list; `make` builds each item.
template<typename Make>
QJsonArray pageOf(QList<ListedAddress> list, const ListQuery &q, const std::function<bool(const ListedAddress &)> &keep, Make make)
{
    list.removeIf([&](const ListedAddress &a) { return !keep(a); });
    std::stable_sort(list.begin(), list.end(), [&](const ListedAddress &a, const ListedAddress &b) {
        return q.ascending ? a.atMs < b.atMs : a.atMs > b.atMs;
    });
    QJsonArray out;
    for (qsizetype i = q.offset; i < list.size() && out.size() < q.limit; ++i)
        out.append(make(list.at(i)));
    return out;
}

SandboxReply emailList(ApiCall &call, const QList<ListedAddress> &list, const char *timeKey)
{
    ListQuery q;
    QString error = readListQuery(call.request, true, &q);
    const QString email = call.request.queryValue(QStringLiteral("email"));
    if (error.isEmpty() && !q.start && email.isEmpty())
        error = QStringLiteral("Bad Request: provide 'start_date' or 'email'.");
    if (!error.isEmpty())
        return bad(error);
    // With an e-mail address the date range is ignored.
    const auto keep = [&](const ListedAddress &a) {
        return email.isEmpty() ? inRange(q, a.atMs) : a.address.compare(email, Qt::CaseInsensitive) == 0;
    };
    const QJsonArray emails = pageOf(list, q, keep, [&](const ListedAddress &a) {
        return QJsonObject{{QStringLiteral("email"), a.address}, {QLatin1String(timeKey), RequestValidation::isoTime(a.atMs)}};
    });
    return SandboxReply::success(200, {{QStringLiteral("emails"), emails}});
}

SandboxReply hardBounces(ApiCall &call)
{
    return emailList(call, call.state.hardBounces, "hard_bounced_at");
}

SandboxReply unsubscribes(ApiCall &call)
{
    return emailList(call, call.state.unsubscribes, "unsubscribed_at");
}

// `email` as one address or an array of up to 50.
QString readAddresses(const QJsonObject &body, QStringList *addresses)
{
    if (!body.contains(QLatin1String("email")))
        return QStringLiteral("Bad Request: 'email' is required.");
    if (!RequestValidation::stringList(body.value(QLatin1String("email")), addresses, true) || addresses->isEmpty())
        return QStringLiteral("Bad Request: 'email' must be an address or an array of addresses.");
    if (addresses->size() > MaxAddresses)
        return QStringLiteral("Bad Request: 'email' may list at most 50 addresses.");
    for (const QString &a : std::as_const(*addresses)) {
        if (!RequestValidation::isEmail(a))
            return QStringLiteral("Bad Request: '%1' is not a valid e-mail address.").arg(a);
    }
    return {};
}

void setListed(QList<ListedAddress> &list, const QString &address, bool listed, qint64 nowMs)
{
    list.removeIf([&](const ListedAddress &a) { return a.address.compare(address, Qt::CaseInsensitive) == 0; });
    if (listed)
        list.append({address.toLower(), nowMs, {}});
}

void setEmailSubscribe(ApiCall &call, const QString &address, const QString &state)
{
    for (SandboxUser *u : call.state.byEmail(address)) {
        u->standard.insert(QStringLiteral("email_subscribe"), state);
        u->updatedAtMs = call.nowMs;
    }
    setListed(call.state.unsubscribes, address, state == QLatin1String("unsubscribed"), call.nowMs);
}

SandboxReply emailStatus(ApiCall &call)
{
    QStringList addresses;
    const QString error = readAddresses(call.body, &addresses);
    if (!error.isEmpty())
        return bad(error);
    const QString state = call.body.value(QLatin1String("subscription_state")).toString();
    static const QStringList states{QStringLiteral("subscribed"), QStringLiteral("unsubscribed"), QStringLiteral("opted_in")};
    if (!states.contains(state))
        return bad(QStringLiteral("Bad Request: 'subscription_state' must be 'subscribed', 'unsubscribed' or 'opted_in'."));
    for (const QString &a : std::as_const(addresses))
        setEmailSubscribe(call, a, state);
    call.stateChanged = true;
    return SandboxReply::success(201);
}

SandboxReply removeFrom(ApiCall &call, QList<ListedAddress> &list)
{
    QStringList addresses;
    const QString error = readAddresses(call.body, &addresses);
    if (!error.isEmpty())
        return bad(error);
    for (const QString &a : std::as_const(addresses))
        setListed(list, a, false, call.nowMs);
    call.stateChanged = true;
    return SandboxReply::success(201);
}

SandboxReply bounceRemove(ApiCall &call)
{
    return removeFrom(call, call.state.hardBounces);
}

SandboxReply spamRemove(ApiCall &call)
{
    return removeFrom(call, call.state.spamReports);
}

// Unsubscribes the address and marks it hard bounced.
SandboxReply blocklist(ApiCall &call)
{
    QStringList addresses;
    const QString error = readAddresses(call.body, &addresses);
    if (!error.isEmpty())
        return bad(error);
    for (const QString &a : std::as_const(addresses)) {
        setEmailSubscribe(call, a, QStringLiteral("unsubscribed"));
        setListed(call.state.hardBounces, a, true, call.nowMs);
    }
    call.stateChanged = true;
    return SandboxReply::success(201);
}

SandboxReply invalidPhones(ApiCall &call)
{
    ListQuery q;
    QString error = readListQuery(call.request, false, &q);
    const QStringList phones = call.request.queryValues(QStringLiteral("phone_numbers"));
    if (error.isEmpty() && phones.isEmpty() && (!q.start || !q.end.isValid()))
        error = QStringLiteral("Bad Request: provide 'start_date' and 'end_date', or 'phone_numbers'.");
    const QString reason = call.request.queryValue(QStringLiteral("reason"));
    if (error.isEmpty() && !reason.isEmpty() && reason != QLatin1String("provider_error") && reason != QLatin1String("deactivated"))
        error = QStringLiteral("Bad Request: 'reason' must be 'provider_error' or 'deactivated'.");
    if (!error.isEmpty())
        return bad(error);
    // With phone numbers the date range is ignored.
    const auto keep = [&](const ListedAddress &a) {
        return (reason.isEmpty() || a.reason == reason) && (phones.isEmpty() ? inRange(q, a.atMs) : phones.contains(a.address));
    };
    const QJsonArray sms = pageOf(call.state.invalidPhones, q, keep, [](const ListedAddress &a) {
        return QJsonObject{{QStringLiteral("phone"), a.address}, {QStringLiteral("invalid_detected_at"), RequestValidation::isoTime(a.atMs)},
                           {QStringLiteral("reason"), a.reason}};
    });
    return SandboxReply::success(200, {{QStringLiteral("sms"), sms}});
}

SandboxReply removeInvalidPhones(ApiCall &call)
{
    QStringList phones;
    if (!RequestValidation::stringList(call.body.value(QLatin1String("phone_numbers")), &phones) || phones.isEmpty())
        return bad(QStringLiteral("Bad Request: 'phone_numbers' must be an array of phone numbers."));
    if (phones.size() > MaxAddresses)
        return bad(QStringLiteral("Bad Request: 'phone_numbers' may list at most 50 numbers."));
    // Braze's own example sends numbers without '+': compare the digits.
    const auto digits = [](QString p) { return p.remove(QLatin1Char('+')); };
    for (const QString &p : std::as_const(phones))
        call.state.invalidPhones.removeIf([&](const ListedAddress &a) { return digits(a.address) == digits(p); });
    call.stateChanged = true;
    return SandboxReply::success(201);
}

} // namespace

void EndpointFamilies::addEmailLists(EndpointTable &table)
{
    const QString bucket = QLatin1String(RateLimiter::Default);
    table.add(QStringLiteral("/email/hard_bounces"), {"GET", QStringLiteral("email.hard_bounces"), bucket, false, hardBounces});
    table.add(QStringLiteral("/email/unsubscribes"), {"GET", QStringLiteral("email.unsubscribe"), bucket, false, unsubscribes});
    table.add(QStringLiteral("/email/status"), {"POST", QStringLiteral("email.status"), bucket, false, emailStatus});
    table.add(QStringLiteral("/email/bounce/remove"), {"POST", QStringLiteral("email.bounce.remove"), bucket, false, bounceRemove});
    table.add(QStringLiteral("/email/spam/remove"), {"POST", QStringLiteral("email.spam.remove"), bucket, false, spamRemove});
    table.add(QStringLiteral("/email/blocklist"), {"POST", QStringLiteral("email.blacklist"), bucket, false, blocklist});
    table.add(QStringLiteral("/email/blacklist"), {"POST", QStringLiteral("email.blacklist"), bucket, false, blocklist});
    table.add(QStringLiteral("/sms/invalid_phone_numbers"),
              {"GET", QStringLiteral("sms.invalid_phone_numbers"), bucket, false, invalidPhones});
    table.add(QStringLiteral("/sms/invalid_phone_numbers/remove"),
              {"POST", QStringLiteral("sms.invalid_phone_numbers.remove"), bucket, false, removeInvalidPhones});
}

} // namespace Sandbox
