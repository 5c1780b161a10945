#include "braze/requests/userrequests.h"

#include "braze/requests/requestbuilding.h"
#include "braze/validation/attributename.h"
#include "braze/validation/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Braze {

using namespace RequestBuilding;

namespace {

QString at(const char *array, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(array)).arg(index);
}

void checkProperties(ValidationIssues &issues, const QString &field, const QJsonObject &properties)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (const QString problem = Validation::eventPropertyKeyProblem(it.key()); !problem.isEmpty())
            issues.append({field + QStringLiteral(".properties"), problem});
    }
}

void insertOptional(QJsonObject &object, const char *key, const std::optional<bool> &value)
{
    if (value)
        object.insert(QLatin1String(key), *value);
}

QJsonObject attributesObject(ValidationIssues &issues, const AttributeUpdate &update, const QString &field)
{
    checkIdentifier(issues, field, update.user);
    QJsonObject object = update.attributes;
    for (auto it = update.attributes.begin(); it != update.attributes.end(); ++it) {
        // Standard fields are welcome here; only custom names must follow the naming rules.
        if (Validation::standardProfileFields().contains(it.key()))
            continue;
        if (const QString problem = Validation::attributeNameProblem(it.key()); !problem.isEmpty())
            issues.append({field + QLatin1Char('.') + it.key(), problem});
    }
    update.user.writeTo(object);
    insertOptional(object, "_update_existing_only", update.updateExistingOnly);
    return object;
}

QJsonObject eventObject(ValidationIssues &issues, const TrackEvent &event, const QString &field)
{
    checkIdentifier(issues, field, event.user);
    if (const QString problem = Validation::eventNameProblem(event.name); !problem.isEmpty())
        issues.append({field + QStringLiteral(".name"), problem});
    if (const QString problem = Validation::isoTimeProblem(event.time); !problem.isEmpty())
        issues.append({field + QStringLiteral(".time"), problem});
    checkProperties(issues, field, event.properties);
    QJsonObject object{{QStringLiteral("name"), event.name}, {QStringLiteral("time"), event.time}};
    event.user.writeTo(object);
    if (!event.properties.isEmpty())
        object.insert(QStringLiteral("properties"), event.properties);
    if (!event.appId.isEmpty())
        object.insert(QStringLiteral("app_id"), event.appId);
    insertOptional(object, "_update_existing_only", event.updateExistingOnly);
    return object;
}

QJsonObject purchaseObject(ValidationIssues &issues, const TrackPurchase &purchase, const QString &field)
{
    checkIdentifier(issues, field, purchase.user);
    requireText(issues, field + QStringLiteral(".product_id"), purchase.productId);
    if (purchase.currency.size() != 3 || purchase.currency.toUpper() != purchase.currency)
        issues.append({field + QStringLiteral(".currency"),
                       QCoreApplication::translate("Validation", "The currency must be a three-letter ISO 4217 code in capitals, e.g. USD.")});
    if (purchase.quantity < 1 || purchase.quantity > 100)
        issues.append({field + QStringLiteral(".quantity"), QCoreApplication::translate("Validation", "The quantity must be between 1 and 100.")});
    if (const QString problem = Validation::isoTimeProblem(purchase.time); !problem.isEmpty())
        issues.append({field + QStringLiteral(".time"), problem});
    checkProperties(issues, field, purchase.properties);
    QJsonObject object{{QStringLiteral("product_id"), purchase.productId}, {QStringLiteral("currency"), purchase.currency},
                       {QStringLiteral("price"), purchase.price}, {QStringLiteral("quantity"), purchase.quantity},
                       {QStringLiteral("time"), purchase.time}};
    purchase.user.writeTo(object);
    if (!purchase.properties.isEmpty())
        object.insert(QStringLiteral("properties"), purchase.properties);
    if (!purchase.appId.isEmpty())
        object.insert(QStringLiteral("app_id"), purchase.appId);
    return object;
}

template<typename Item, typename Builder>
void addArray(QJsonObject &body, ValidationIssues &issues, const char *name, const QList<Item> &items, Builder build)
{
    if (items.isEmpty())
        return;
    checkCount(issues, Endpoint::UsersTrack, QLatin1String(name), items.size());
    QJsonArray array;
    for (qsizetype i = 0; i < items.size(); ++i)
        array.append(build(issues, items.at(i), at(name, i)));
    body.insert(QLatin1String(name), array);
}

} // namespace

PreparedRequest prepare(const TrackRequest &request)
{
    ValidationIssues issues;
    QJsonObject body;
    addArray(body, issues, "attributes", request.attributes, attributesObject);
    addArray(body, issues, "events", request.events, eventObject);
    addArray(body, issues, "purchases", request.purchases, purchaseObject);
    if (body.isEmpty())
        issues.append({QStringLiteral("attributes"), QCoreApplication::translate("Validation", "Nothing to send: add at least one attribute update, event or purchase.")});
    return jsonRequest(Endpoint::UsersTrack, body, issues);
}

PreparedRequest prepare(const ExportIdsRequest &request)
{
    ValidationIssues issues;
    QStringList externalIds;
    QJsonArray aliases;
    QJsonObject body;
    const auto single = [&](const char *key, const UserIdentifier &user) {
        if (body.contains(QLatin1String(key)))
            issues.append({QLatin1String(key), QCoreApplication::translate("Validation", "Only one “%1” can be exported per request.").arg(QLatin1String(key))});
        body.insert(QLatin1String(key), user.value());
    };
    for (qsizetype i = 0; i < request.users.size(); ++i) {
        const UserIdentifier &user = request.users.at(i);
        checkIdentifier(issues, at("users", i), user);
        switch (user.kind()) {
        case UserIdentifier::Kind::ExternalId: externalIds.append(user.value()); break;
        case UserIdentifier::Kind::Alias: aliases.append(user.aliasObject()); break;
        case UserIdentifier::Kind::BrazeId: single("braze_id", user); break;
        case UserIdentifier::Kind::Email: single("email_address", user); break; // sic: email_address here
        case UserIdentifier::Kind::Phone: single("phone", user); break;
        case UserIdentifier::Kind::None: break;
        }
    }
    checkCount(issues, Endpoint::UsersExportIds, QStringLiteral("external_ids + user_aliases"), externalIds.size() + aliases.size());
    if (!externalIds.isEmpty())
        body.insert(QStringLiteral("external_ids"), toJsonArray(externalIds));
    if (!aliases.isEmpty())
        body.insert(QStringLiteral("user_aliases"), aliases);
    if (!request.deviceId.isEmpty())
        body.insert(QStringLiteral("device_id"), request.deviceId);
    if (body.isEmpty())
        issues.append({QStringLiteral("users"), QCoreApplication::translate("Validation", "Name at least one user to export.")});
    if (!request.fieldsToExport.isEmpty())
        body.insert(QStringLiteral("fields_to_export"), toJsonArray(request.fieldsToExport));
    return jsonRequest(Endpoint::UsersExportIds, body, issues);
}

PreparedRequest prepare(const AliasNewRequest &request)
{
    ValidationIssues issues;
    QJsonArray aliases;
    checkCount(issues, Endpoint::UsersAliasNew, QStringLiteral("user_aliases"), request.aliases.size());
    for (qsizetype i = 0; i < request.aliases.size(); ++i) {
        const NewAlias &alias = request.aliases.at(i);
        checkIdentifier(issues, at("user_aliases", i), UserIdentifier::alias(alias.aliasName, alias.aliasLabel));
        QJsonObject object{{QStringLiteral("alias_name"), alias.aliasName}, {QStringLiteral("alias_label"), alias.aliasLabel}};
        if (!alias.externalId.isEmpty())
            object.insert(QStringLiteral("external_id"), alias.externalId);
        aliases.append(object);
    }
    if (aliases.isEmpty())
        issues.append({QStringLiteral("user_aliases"), QCoreApplication::translate("Validation", "Add at least one alias.")});
    return jsonRequest(Endpoint::UsersAliasNew, {{QStringLiteral("user_aliases"), aliases}}, issues);
}

PreparedRequest prepare(const IdentifyRequest &request)
{
    ValidationIssues issues;
    QJsonArray byAlias, byEmail, byPhone;
    checkCount(issues, Endpoint::UsersIdentify, QStringLiteral("aliases_to_identify"), request.items.size());
    for (qsizetype i = 0; i < request.items.size(); ++i) {
        const IdentifyItem &item = request.items.at(i);
        const QString field = at("items", i);
        requireText(issues, field + QStringLiteral(".external_id"), item.externalId);
        checkIdentifier(issues, field, item.unidentified);
        QJsonObject object{{QStringLiteral("external_id"), item.externalId}};
        const bool needsPrioritization = item.unidentified.kind() == UserIdentifier::Kind::Email
                                         || item.unidentified.kind() == UserIdentifier::Kind::Phone;
        if (needsPrioritization) {
            if (item.prioritization.isEmpty())
                issues.append({field + QStringLiteral(".prioritization"),
                               QCoreApplication::translate("Validation", "Identifying by e-mail or phone needs a prioritization, e.g. “unidentified”, “most_recently_updated”.")});
            object.insert(QStringLiteral("prioritization"), toJsonArray(item.prioritization));
        }
        switch (item.unidentified.kind()) {
        case UserIdentifier::Kind::Alias:
            object.insert(QStringLiteral("user_alias"), item.unidentified.aliasObject());
            byAlias.append(object);
            break;
        case UserIdentifier::Kind::Email:
            object.insert(QStringLiteral("email"), item.unidentified.value());
            byEmail.append(object);
            break;
        case UserIdentifier::Kind::Phone:
            object.insert(QStringLiteral("phone"), item.unidentified.value());
            byPhone.append(object);
            break;
        default:
            issues.append({field, QCoreApplication::translate("Validation", "Only a profile found by alias, e-mail or phone can be identified.")});
        }
    }
    QJsonObject body;
    if (!byAlias.isEmpty())
        body.insert(QStringLiteral("aliases_to_identify"), byAlias);
    if (!byEmail.isEmpty())
        body.insert(QStringLiteral("emails_to_identify"), byEmail);
    if (!byPhone.isEmpty())
        body.insert(QStringLiteral("phone_numbers_to_identify"), byPhone);
    if (request.items.isEmpty())
        issues.append({QStringLiteral("items"), QCoreApplication::translate("Validation", "Add at least one profile to identify.")});
    return jsonRequest(Endpoint::UsersIdentify, body, issues);
}

PreparedRequest prepare(const DeleteRequest &request)
{
    ValidationIssues issues;
    checkCount(issues, Endpoint::UsersDelete, QStringLiteral("users"), request.users.size());
    if (request.users.isEmpty())
        issues.append({QStringLiteral("users"), QCoreApplication::translate("Validation", "Name at least one user to delete.")});
    QJsonArray values;
    const UserIdentifier::Kind kind = request.users.isEmpty() ? UserIdentifier::Kind::None : request.users.first().kind();
    for (qsizetype i = 0; i < request.users.size(); ++i) {
        const UserIdentifier &user = request.users.at(i);
        checkIdentifier(issues, at("users", i), user);
        if (user.kind() != kind)
            issues.append({at("users", i), QCoreApplication::translate("Validation", "All users deleted in one call must be identified the same way (all external IDs, all aliases, ...).")});
        if (kind == UserIdentifier::Kind::Alias)
            values.append(user.aliasObject());
        else if (kind == UserIdentifier::Kind::Email)
            values.append(QJsonObject{{QStringLiteral("email"), user.value()}, {QStringLiteral("prioritization"), toJsonArray(request.prioritization)}});
        else if (kind == UserIdentifier::Kind::Phone)
            values.append(QJsonObject{{QStringLiteral("phone"), user.value()}, {QStringLiteral("prioritization"), toJsonArray(request.prioritization)}});
        else
            values.append(user.value());
    }
    static const QHash<UserIdentifier::Kind, QString> keys{
        {UserIdentifier::Kind::ExternalId, QStringLiteral("external_ids")}, {UserIdentifier::Kind::BrazeId, QStringLiteral("braze_ids")},
        {UserIdentifier::Kind::Alias, QStringLiteral("user_aliases")}, {UserIdentifier::Kind::Email, QStringLiteral("email_addresses")},
        {UserIdentifier::Kind::Phone, QStringLiteral("phone_numbers")}};
    if ((kind == UserIdentifier::Kind::Email || kind == UserIdentifier::Kind::Phone) && request.prioritization.isEmpty())
        issues.append({QStringLiteral("prioritization"), QCoreApplication::translate("Validation", "Deleting by e-mail or phone needs a prioritization, e.g. “identified”.")});
    QJsonObject body;
    if (keys.contains(kind))
        body.insert(keys.value(kind), values);
    return jsonRequest(Endpoint::UsersDelete, body, issues);
}

} // namespace Braze
