#pragma once

#include "braze/apirequest.h"
#include "braze/useridentifier.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

// Typed bodies of the user-data endpoints (braze-api.md §8, §9, §11.1-§11.5) and the functions
// that validate them and turn them into requests.
namespace Braze {

// One attributes object of /users/track. `attributes` holds custom attributes and standard
// fields by name; their names are checked against Braze's naming rules.
struct AttributeUpdate
{
    UserIdentifier user;
    QJsonObject attributes;
    // Unset: Braze's default. false is needed to create an alias-only profile (§7.1).
    std::optional<bool> updateExistingOnly;
};

struct TrackEvent
{
    UserIdentifier user;
    QString name;
    QString time; // ISO 8601; Validation::toIsoTime() formats a QDateTime
    QJsonObject properties;
    QString appId;
    std::optional<bool> updateExistingOnly;
};

struct TrackPurchase
{
    UserIdentifier user;
    QString productId;
    QString currency; // ISO 4217, e.g. USD
    double price = 0;
    int quantity = 1;
    QString time;
    QJsonObject properties;
    QString appId;
};

struct TrackRequest
{
    QList<AttributeUpdate> attributes;
    QList<TrackEvent> events;
    QList<TrackPurchase> purchases;
};

// Export profiles: external ids and aliases (together at most 50), at most one each of
// braze_id, e-mail address and phone number.
struct ExportIdsRequest
{
    QList<UserIdentifier> users;
    QString deviceId;
    QStringList fieldsToExport;
};

struct NewAlias
{
    QString aliasName;
    QString aliasLabel;
    QString externalId; // empty: creates an alias-only user
};

struct AliasNewRequest
{
    QList<NewAlias> aliases;
};

// Attach an external id to an unidentified profile found by alias, e-mail or phone.
struct IdentifyItem
{
    QString externalId;
    UserIdentifier unidentified;
    // Required with e-mail or phone: identified, unidentified, most_recently_updated, least_recently_updated.
    QStringList prioritization;
};

struct IdentifyRequest
{
    QList<IdentifyItem> items;
};

// Deletes profiles; all users must be of one kind (braze-api.md §11.5).
struct DeleteRequest
{
    QList<UserIdentifier> users;
    QStringList prioritization; // for e-mail and phone
};

PreparedRequest prepare(const TrackRequest &request);
PreparedRequest prepare(const ExportIdsRequest &request);
PreparedRequest prepare(const AliasNewRequest &request);
PreparedRequest prepare(const IdentifyRequest &request);
PreparedRequest prepare(const DeleteRequest &request);

} // namespace Braze
