#include "braze/requests/subscriptionrequests.h"

#include "braze/requests/requestbuilding.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Braze {

using namespace RequestBuilding;

namespace {

// The users of a subscription call, sorted by kind; anything that is not an external id,
// e-mail or phone is an issue.
struct SortedUsers
{
    QStringList externalIds, emails, phones;
};

SortedUsers sortUsers(ValidationIssues &issues, Endpoint endpoint, const QString &field, const QList<UserIdentifier> &users)
{
    SortedUsers sorted;
    checkCount(issues, endpoint, field, users.size());
    for (qsizetype i = 0; i < users.size(); ++i) {
        const UserIdentifier &user = users.at(i);
        const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
        checkIdentifier(issues, itemField, user);
        switch (user.kind()) {
        case UserIdentifier::Kind::ExternalId: sorted.externalIds.append(user.value()); break;
        case UserIdentifier::Kind::Email: sorted.emails.append(user.value()); break;
        case UserIdentifier::Kind::Phone: sorted.phones.append(user.value()); break;
        default:
            issues.append({itemField, QCoreApplication::translate("Validation", "Subscription calls accept only external IDs, e-mail addresses and phone numbers.")});
        }
    }
    if (users.isEmpty())
        issues.append({field, QCoreApplication::translate("Validation", "Name at least one user.")});
    if (!sorted.emails.isEmpty() && !sorted.phones.isEmpty())
        issues.append({field, QCoreApplication::translate("Validation", "Give e-mail addresses or phone numbers, not both: Braze refuses the mix.")});
    return sorted;
}

void addRepeated(QUrlQuery &query, const QString &key, const QStringList &values)
{
    // One value goes as key=value, several as key[]=a&key[]=b (braze-api.md §11.6). QUrlQuery
    // encodes "+" as %2B, which Braze needs for phone numbers.
    for (const QString &value : values)
        query.addQueryItem(values.size() == 1 ? key : key + QStringLiteral("[]"), QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QString stateName(SubscriptionState state)
{
    return state == SubscriptionState::Subscribed ? QStringLiteral("subscribed") : QStringLiteral("unsubscribed");
}

} // namespace

PreparedRequest prepare(const SubscriptionStatusQuery &query)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("subscription_group_id"), query.subscriptionGroupId);
    const SortedUsers users = sortUsers(issues, Endpoint::SubscriptionStatusGet, QStringLiteral("users"), query.users);
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("subscription_group_id"), QString::fromLatin1(QUrl::toPercentEncoding(query.subscriptionGroupId)));
    addRepeated(urlQuery, QStringLiteral("external_id"), users.externalIds);
    addRepeated(urlQuery, QStringLiteral("email"), users.emails);
    addRepeated(urlQuery, QStringLiteral("phone"), users.phones);
    return queryRequest(Endpoint::SubscriptionStatusGet, urlQuery, issues);
}

PreparedRequest prepare(const UserSubscriptionsQuery &query)
{
    ValidationIssues issues;
    const SortedUsers users = sortUsers(issues, Endpoint::SubscriptionUserStatus, QStringLiteral("users"), query.users);
    if (query.limit < 1 || query.limit > 100)
        issues.append({QStringLiteral("limit"), QCoreApplication::translate("Validation", "The limit must be between 1 and 100.")});
    QUrlQuery urlQuery;
    addRepeated(urlQuery, QStringLiteral("external_id"), users.externalIds);
    addRepeated(urlQuery, QStringLiteral("email"), users.emails);
    addRepeated(urlQuery, QStringLiteral("phone"), users.phones);
    urlQuery.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (query.offset > 0)
        urlQuery.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    return queryRequest(Endpoint::SubscriptionUserStatus, urlQuery, issues);
}

PreparedRequest prepare(const SubscriptionChange &change)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("subscription_group_id"), change.subscriptionGroupId);
    const SortedUsers users = sortUsers(issues, Endpoint::SubscriptionStatusSet, QStringLiteral("users"), change.users);
    QJsonObject body{{QStringLiteral("subscription_group_id"), change.subscriptionGroupId},
                     {QStringLiteral("subscription_state"), stateName(change.state)}};
    if (!users.externalIds.isEmpty())
        body.insert(QStringLiteral("external_id"), toJsonArray(users.externalIds));
    if (!users.emails.isEmpty())
        body.insert(QStringLiteral("email"), toJsonArray(users.emails));
    if (!users.phones.isEmpty())
        body.insert(QStringLiteral("phone"), toJsonArray(users.phones));
    if (change.useDoubleOptIn)
        body.insert(QStringLiteral("use_double_opt_in_logic"), true);
    return jsonRequest(Endpoint::SubscriptionStatusSet, body, issues);
}

PreparedRequest prepare(const SubscriptionChangesV2 &changes)
{
    ValidationIssues issues;
    QJsonArray groups;
    bool anyEmail = false, anyPhone = false;
    for (qsizetype g = 0; g < changes.groups.size(); ++g) {
        const SubscriptionChange &change = changes.groups.at(g);
        const QString field = QStringLiteral("subscription_groups[%1]").arg(g);
        requireText(issues, field + QStringLiteral(".subscription_group_id"), change.subscriptionGroupId);
        const SortedUsers users = sortUsers(issues, Endpoint::SubscriptionStatusSetV2, field, change.users);
        anyEmail = anyEmail || !users.emails.isEmpty();
        anyPhone = anyPhone || !users.phones.isEmpty();
        QJsonObject item{{QStringLiteral("subscription_group_id"), change.subscriptionGroupId},
                         {QStringLiteral("subscription_state"), stateName(change.state)}};
        // v2 uses plural names (braze-api.md §15).
        if (!users.externalIds.isEmpty())
            item.insert(QStringLiteral("external_ids"), toJsonArray(users.externalIds));
        if (!users.emails.isEmpty())
            item.insert(QStringLiteral("emails"), toJsonArray(users.emails));
        if (!users.phones.isEmpty())
            item.insert(QStringLiteral("phones"), toJsonArray(users.phones));
        if (change.useDoubleOptIn)
            item.insert(QStringLiteral("use_double_opt_in_logic"), true);
        groups.append(item);
    }
    if (groups.isEmpty())
        issues.append({QStringLiteral("subscription_groups"), QCoreApplication::translate("Validation", "Add at least one subscription group.")});
    if (anyEmail && anyPhone)
        issues.append({QStringLiteral("subscription_groups"), QCoreApplication::translate("Validation", "E-mail addresses and phone numbers cannot be changed in the same call; send two calls.")});
    return jsonRequest(Endpoint::SubscriptionStatusSetV2, {{QStringLiteral("subscription_groups"), groups}}, issues);
}

} // namespace Braze
