// POST /users/track (braze-api.md §11.1): attributes, then events, then purchases, each object
// checked on its own; bad objects become `errors` items, and only a request with nothing valid
// fails as a whole.
#include "sandbox/attributeapplier.h"
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"
#include "sandbox/userresolver.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

const QString Attributes = QStringLiteral("attributes");
const QString Events = QStringLiteral("events");
const QString Purchases = QStringLiteral("purchases");

QString propertiesError(const QJsonValue &properties)
{
    if (properties.isUndefined())
        return {};
    if (!properties.isObject())
        return QStringLiteral("'properties' must be an object");
    const QJsonObject o = properties.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > 255 || it.key().startsWith(QLatin1Char('$')))
            return QStringLiteral("Property names must be non-empty, at most 255 characters and must not start with '$': '%1'").arg(it.key());
        if (it.key() == QLatin1String("time") || it.key() == QLatin1String("event_name"))
            return QStringLiteral("'%1' is a reserved property name").arg(it.key());
    }
    return {};
}

QString timeError(const QJsonValue &time)
{
    if (!time.isString())
        return QStringLiteral("'time' is required");
    if (!RequestValidation::parseTime(time.toString()))
        return QStringLiteral("The value provided for the 'time' field is not a valid time.");
    return {};
}

QString eventError(const QJsonObject &e)
{
    const QString id = UserResolver::identifierError(e);
    if (!id.isEmpty())
        return id;
    const QJsonValue name = e.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return QStringLiteral("'name' is required");
    if (name.toString().startsWith(QLatin1Char('$')))
        return QStringLiteral("Event names must not start with '$'");
    const QString time = timeError(e.value(QLatin1String("time")));
    return time.isEmpty() ? propertiesError(e.value(QLatin1String("properties"))) : time;
}

QString purchaseError(const QJsonObject &p)
{
    const QString id = UserResolver::identifierError(p);
    if (!id.isEmpty())
        return id;
    const QJsonValue product = p.value(QLatin1String("product_id"));
    if (!product.isString() || product.toString().isEmpty() || product.toString().size() > 255)
        return QStringLiteral("'product_id' is required and must be a string of at most 255 characters");
    const QString currency = p.value(QLatin1String("currency")).toString();
    if (currency.size() != 3 || currency.toUpper() != currency || !currency.at(0).isLetter())
        return QStringLiteral("'currency' must be a three-letter ISO 4217 code such as 'USD'");
    if (!p.value(QLatin1String("price")).isDouble())
        return QStringLiteral("'price' must be a number");
    const QJsonValue quantity = p.value(QLatin1String("quantity"));
    if (!quantity.isUndefined() && (!quantity.isDouble() || quantity.toDouble() != quantity.toInt() || quantity.toInt() < 1
                                    || quantity.toInt() > 100))
        return QStringLiteral("'quantity' must be an integer from 1 to 100");
    const QString time = timeError(p.value(QLatin1String("time")));
    return time.isEmpty() ? propertiesError(p.value(QLatin1String("properties"))) : time;
}

// Future timestamps become "now", as Braze does.
QString storedTime(const QString &time, qint64 nowMs)
{
    const auto t = RequestValidation::parseTime(time);
    return t && t->toMSecsSinceEpoch() > nowMs ? RequestValidation::isoTime(nowMs) : time;
}

// Braze has no such limit for one profile; the sandbox keeps memory bounded (OccurrenceHistory)
// and says so rather than dropping the object silently.
QString tooManyNames(const QString &what, qsizetype limit)
{
    return QStringLiteral("The sandbox keeps at most %1 distinct %2 per user; this one was not recorded.").arg(limit).arg(what);
}

QString doubleOptInGroup(const ApiCall &call)
{
    if (!call.config.doubleOptInGroupId.isEmpty())
        return call.config.doubleOptInGroupId;
    for (const auto &g : call.state.groups) {
        if (g.channel == QLatin1String("sms"))
            return g.id;
    }
    return {};
}

SandboxReply track(ApiCall &call)
{
    const QJsonObject &body = call.body;
    qsizetype total = 0;
    qsizetype largest = 0;
    for (const QString &name : {Attributes, Events, Purchases}) {
        const QJsonValue v = body.value(name);
        if (!v.isUndefined() && !v.isArray())
            return SandboxReply::message(400, QStringLiteral("'%1' must be an array.").arg(name));
        total += v.toArray().size();
        largest = qMax(largest, v.toArray().size());
    }
    const QString mode = call.config.trackLimitMode;
    if ((mode == QLatin1String("per_array_75") && largest > 75) || (mode == QLatin1String("combined_75") && total > 75)
        || (mode == QLatin1String("combined_50") && total > 50))
        return SandboxReply::message(400, QStringLiteral("Max Input Length Exceeded"));
    const QString noData = QStringLiteral("Valid data must be provided in the 'attributes', 'events', or 'purchases' fields.");
    if (total == 0)
        return SandboxReply::message(400, noData);

    QJsonArray errors;
    int attributesProcessed = 0, eventsProcessed = 0, purchasesProcessed = 0;
    const qint64 now = call.nowMs;
    const qint64 delay = call.config.profileReadyDelayMs;
    const auto objectAt = [&](const QString &array, qsizetype i, QJsonObject *out) {
        const QJsonValue v = body.value(array).toArray().at(i);
        if (!v.isObject()) {
            errors.append(RequestValidation::itemError(QStringLiteral("Each item must be a JSON object"), array, int(i)));
            return false;
        }
        *out = v.toObject();
        return true;
    };

    AttributeApplier applier(call.state);
    const qsizetype attributeCount = body.value(Attributes).toArray().size();
    for (qsizetype i = 0; i < attributeCount; ++i) {
        QJsonObject o;
        if (!objectAt(Attributes, i, &o))
            continue;
        QString error = UserResolver::identifierError(o);
        if (error.isEmpty())
            error = applier.validate(o);
        if (!error.isEmpty()) {
            errors.append(RequestValidation::itemError(error, Attributes, int(i)));
            continue;
        }
        ++attributesProcessed;
        if (SandboxUser *user = UserResolver::resolve(call.state, o, UserResolver::ObjectKind::Attributes, now, delay))
            applier.apply(*user, o, now);
    }

    const QString optInGroup = doubleOptInGroup(call);
    const qsizetype eventCount = body.value(Events).toArray().size();
    for (qsizetype i = 0; i < eventCount; ++i) {
        QJsonObject o;
        if (!objectAt(Events, i, &o))
            continue;
        const QString error = eventError(o);
        if (!error.isEmpty()) {
            errors.append(RequestValidation::itemError(error, Events, int(i)));
            continue;
        }
        SandboxUser *user = UserResolver::resolve(call.state, o, UserResolver::ObjectKind::Event, now, delay);
        const QString name = o.value(QLatin1String("name")).toString();
        if (user && !user->events.accepts(name)) {
            errors.append(RequestValidation::itemError(tooManyNames(QStringLiteral("event names"), EventHistory::MaxNames), Events, int(i)));
            continue;
        }
        ++eventsProcessed;
        if (!user)
            continue;
        user->events.add({name, storedTime(o.value(QLatin1String("time")).toString(), now),
                             o.value(QLatin1String("properties")).toObject()});
        user->updatedAtMs = now;
        if (name == call.config.doubleOptInEvent && !user->phone.isEmpty() && !optInGroup.isEmpty())
            user->startDoubleOptIn(optInGroup, now, call.config.doubleOptInDelayMs);
    }

    const qsizetype purchaseCount = body.value(Purchases).toArray().size();
    for (qsizetype i = 0; i < purchaseCount; ++i) {
        QJsonObject o;
        if (!objectAt(Purchases, i, &o))
            continue;
        const QString error = purchaseError(o);
        if (!error.isEmpty()) {
            errors.append(RequestValidation::itemError(error, Purchases, int(i)));
            continue;
        }
        SandboxUser *user = UserResolver::resolve(call.state, o, UserResolver::ObjectKind::Purchase, now, delay);
        const QString productId = o.value(QLatin1String("product_id")).toString();
        if (user && !user->purchases.accepts(productId)) {
            errors.append(RequestValidation::itemError(tooManyNames(QStringLiteral("product ids"), PurchaseHistory::MaxNames), Purchases, int(i)));
            continue;
        }
        ++purchasesProcessed;
        if (!user)
            continue;
        user->purchases.add({productId, o.value(QLatin1String("currency")).toString(), o.value(QLatin1String("price")).toDouble(),
                             o.value(QLatin1String("quantity")).toInt(1), storedTime(o.value(QLatin1String("time")).toString(), now),
                             o.value(QLatin1String("properties")).toObject()});
        user->updatedAtMs = now;
    }

    if (attributesProcessed + eventsProcessed + purchasesProcessed == 0)
        return SandboxReply::json(400, {{QStringLiteral("message"), noData}, {QStringLiteral("errors"), errors}});
    call.stateChanged = true;
    QJsonObject result;
    if (body.contains(Attributes))
        result.insert(QStringLiteral("attributes_processed"), attributesProcessed);
    if (body.contains(Events))
        result.insert(QStringLiteral("events_processed"), eventsProcessed);
    if (body.contains(Purchases))
        result.insert(QStringLiteral("purchases_processed"), purchasesProcessed);
    if (!errors.isEmpty())
        result.insert(QStringLiteral("errors"), errors);
    return SandboxReply::success(201, result);
}

} // namespace

void EndpointFamilies::addUserTrack(EndpointTable &table)
{
    table.add(QStringLiteral("/users/track"),
              {"POST", QStringLiteral("users.track"), QLatin1String(RateLimiter::UsersTrack), false, track});
}

} // namespace Sandbox
