#pragma once

#include "braze/apirequest.h"
#include "braze/useridentifier.h"

#include <QList>

// Typed calls of the subscription-group endpoints (braze-api.md §10, §11.6-§11.9).
namespace Braze {

// GET /subscription/status/get: one group's state for up to 50 users, all of one kind
// (external ids, e-mail addresses or phone numbers).
struct SubscriptionStatusQuery
{
    QString subscriptionGroupId;
    QList<UserIdentifier> users;
};

// GET /subscription/user/status: every group of up to 50 users.
struct UserSubscriptionsQuery
{
    QList<UserIdentifier> users;
    int limit = 100;
    int offset = 0;
};

enum class SubscriptionState { Subscribed, Unsubscribed };

// POST /subscription/status/set (v1), and one item of the v2 call. Users are external ids,
// e-mail addresses or phone numbers; e-mail and phone cannot be mixed.
struct SubscriptionChange
{
    QString subscriptionGroupId;
    SubscriptionState state = SubscriptionState::Subscribed;
    QList<UserIdentifier> users;
    bool useDoubleOptIn = false; // SMS groups only
};

struct SubscriptionChangesV2
{
    QList<SubscriptionChange> groups;
};

PreparedRequest prepare(const SubscriptionStatusQuery &query);
PreparedRequest prepare(const UserSubscriptionsQuery &query);
PreparedRequest prepare(const SubscriptionChange &change);
PreparedRequest prepare(const SubscriptionChangesV2 &changes);

} // namespace Braze
