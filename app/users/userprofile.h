#pragma once

#include "braze/useridentifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Users {

// One subscription group as /subscription/user/status reports it (braze-api.md §11.7).
struct SubscriptionGroupState
{
    QString id;
    QString name;
    QString channel; // "email", "sms", ...
    QString status;  // "Subscribed", "Unsubscribed", "Unknown"

    bool operator==(const SubscriptionGroupState &other) const = default;
};

// A {name, first, last, count} summary of custom events or purchases in the export.
struct ActivitySummary
{
    QString name;
    QString first;
    QString last;
    int count = 0;
};

// A user profile as the console shows it, read from one user object of /users/export/ids
// (braze-api.md §11.2) plus the subscription groups from /subscription/user/status. Fields
// Braze left out (null or empty) are simply absent.
struct UserProfile
{
    QString externalId;
    QString brazeId;
    QString email;
    QString phone;
    QList<Braze::UserIdentifier> aliases;
    // Standard profile fields other than the identifiers (first_name, country, email_subscribe, ...).
    QJsonObject standardAttributes;
    QJsonObject customAttributes;
    QList<ActivitySummary> customEvents;
    QList<ActivitySummary> purchases;
    QJsonArray devices;
    QJsonArray pushTokens;
    QList<SubscriptionGroupState> subscriptionGroups;
    // False when the subscription groups could not be read (missing permission, no identifier).
    bool subscriptionsKnown = false;
    // Why they could not be read, in words for the user (empty when known).
    QString subscriptionsProblem;
    // The export's user object exactly as received.
    QJsonObject exported;

    static UserProfile fromExport(const QJsonObject &user);
    // The fields the console asks /users/export/ids for: everything except campaign and Canvas
    // history, which would make the call slow and lose the fast rate limit.
    static QStringList exportFields();
    // Reads the "users" of /subscription/user/status into the profile's groups; picks the entry
    // that belongs to this profile (same external_id, e-mail or phone).
    void readSubscriptions(const QJsonObject &statusResponse);

    bool isNull() const { return brazeId.isEmpty() && externalId.isEmpty() && aliases.isEmpty(); }
    // No external_id: the profile is known only by alias, e-mail or phone (braze-api.md §7.1).
    bool isUnidentified() const { return externalId.isEmpty(); }
    // The identifier that names exactly this profile: external_id, else braze_id, else an alias.
    Braze::UserIdentifier primaryIdentifier() const;
    // Identifier for /users/track and the subscription calls: external_id, else an alias, else braze_id.
    Braze::UserIdentifier trackIdentifier() const;
    // "Anna Müller" or the best identifier, for titles and match lists.
    QString displayName() const;
    // The export object plus "subscription_groups" (when known): what braze-cli prints.
    QJsonObject toJson() const;
};

} // namespace Users
