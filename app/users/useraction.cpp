#include "users/useraction.h"

#include "users/userprofile.h"

#include "braze/requests/userdatarequests.h"
#include "braze/requests/userrequests.h"
#include "braze/validation/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Users {

namespace {

Braze::PreparedRequest refused(const QString &field, const QString &message)
{
    Braze::PreparedRequest prepared;
    prepared.issues.append({field, message});
    return prepared;
}

} // namespace

UserAction::UserAction(Kind kind, const QString &summary, const Braze::PreparedRequest &prepared, const Braze::UserIdentifier &refetchAs)
    : m_kind(kind)
    , m_summary(summary)
    , m_prepared(prepared)
    , m_refetchAs(refetchAs)
{
}

UserAction UserAction::setAttributes(const Braze::UserIdentifier &user, const QJsonObject &attributes)
{
    Braze::TrackRequest request;
    // Only change a profile that exists: a typo must not create a new user.
    request.attributes.append({user, attributes, true});
    Braze::PreparedRequest prepared = Braze::prepare(request);
    if (attributes.isEmpty())
        prepared = refused(QStringLiteral("attributes"), tr("Choose at least one attribute to set or clear."));
    return {Kind::SetAttributes, tr("Set %n attribute(s) on %1", nullptr, int(attributes.size())).arg(user.describe()), prepared, user};
}

UserAction UserAction::logEvent(const Braze::UserIdentifier &user, const QString &name, const QJsonObject &properties,
                                const QDateTime &time)
{
    Braze::TrackRequest request;
    Braze::TrackEvent event;
    event.user = user;
    event.name = name;
    event.time = Braze::Validation::toIsoTime(time);
    event.properties = properties;
    request.events.append(event);
    return {Kind::LogEvent, tr("Log the event “%1” for %2").arg(name, user.describe()), Braze::prepare(request), user};
}

UserAction UserAction::setSubscription(const UserProfile &profile, const QString &groupId, Braze::SubscriptionState state)
{
    const bool subscribe = state == Braze::SubscriptionState::Subscribed;
    const QString summary = (subscribe ? tr("Subscribe %1 to the group %2") : tr("Unsubscribe %1 from the group %2"))
                                .arg(profile.trackIdentifier().describe(), groupId);
    Braze::PreparedRequest prepared;
    if (!profile.externalId.isEmpty()) {
        prepared = Braze::prepare(Braze::SubscriptionChange{groupId, state, {profile.trackIdentifier()}, false});
    } else {
        const QJsonObject group{{QStringLiteral("subscription_group_id"), groupId},
                                {QStringLiteral("subscription_state"), subscribe ? QStringLiteral("subscribed") : QStringLiteral("unsubscribed")}};
        Braze::TrackRequest request;
        request.attributes.append({profile.trackIdentifier(), {{QStringLiteral("subscription_groups"), QJsonArray{group}}}, true});
        prepared = Braze::prepare(request);
    }
    if (groupId.trimmed().isEmpty())
        prepared.issues.append({QStringLiteral("subscription_group_id"),
                                tr("Enter the subscription group ID (Audience › Subscriptions in the Braze dashboard).")});
    return {Kind::SetSubscription, summary, prepared, profile.primaryIdentifier()};
}

UserAction UserAction::addAlias(const UserProfile &profile, const QString &aliasName, const QString &aliasLabel)
{
    const QString summary = tr("Add the alias %1 (%2) to %3").arg(aliasName, aliasLabel, profile.primaryIdentifier().describe());
    Braze::PreparedRequest prepared;
    if (profile.externalId.isEmpty()) {
        // Without an external_id, /users/alias/new would create a second, alias-only profile.
        prepared = refused(QStringLiteral("external_id"),
                           tr("Braze adds aliases only to profiles with an external ID. Identify this profile first."));
    } else {
        prepared = Braze::prepare(Braze::AliasNewRequest{{{aliasName, aliasLabel, profile.externalId}}});
    }
    return {Kind::AddAlias, summary, prepared, profile.primaryIdentifier()};
}

UserAction UserAction::identify(const UserProfile &profile, const QString &externalId)
{
    const QString summary = tr("Give %1 the external ID “%2”").arg(profile.primaryIdentifier().describe(), externalId);
    Braze::PreparedRequest prepared;
    if (!profile.externalId.isEmpty()) {
        prepared = refused(QStringLiteral("external_id"),
                           tr("This profile already has the external ID “%1”; Braze does not change it.").arg(profile.externalId));
    } else if (profile.aliases.isEmpty()) {
        prepared = refused(QStringLiteral("user_alias"), tr("Only a profile with an alias can be identified here."));
    } else {
        prepared = Braze::prepare(Braze::IdentifyRequest{{{externalId, profile.aliases.first(), {}}}});
    }
    return {Kind::Identify, summary, prepared, Braze::UserIdentifier::externalId(externalId)};
}

UserAction UserAction::createAliasOnly(const QString &aliasName, const QString &aliasLabel)
{
    const Braze::UserIdentifier alias = Braze::UserIdentifier::alias(aliasName, aliasLabel);
    return {Kind::CreateAliasOnly, tr("Create an alias-only profile %1").arg(alias.describe()),
            Braze::prepare(Braze::AliasNewRequest{{{aliasName, aliasLabel, {}}}}), alias};
}

UserAction UserAction::deleteUser(const UserProfile &profile)
{
    // external_id or braze_id: both name exactly one profile, unlike a shared e-mail address.
    const Braze::UserIdentifier user = profile.primaryIdentifier();
    return {Kind::Delete, tr("Delete the profile %1").arg(user.describe()), Braze::prepare(Braze::DeleteRequest{{user}, {}}), user};
}

UserAction UserAction::merge(const UserProfile &keep, const Braze::UserIdentifier &toMerge, const QStringList &prioritization)
{
    using IdKind = Braze::UserIdentifier::Kind;
    // Braze names the kept profile by external ID or alias, never by braze_id.
    const Braze::UserIdentifier kept = keep.externalId.isEmpty() ? keep.aliases.value(0) : Braze::UserIdentifier::externalId(keep.externalId);
    const bool byContact = toMerge.kind() == IdKind::Email || toMerge.kind() == IdKind::Phone;
    Braze::PreparedRequest prepared = Braze::prepare(Braze::MergeRequest{{{toMerge, byContact ? prioritization : QStringList(), kept, {}}}});
    const QString own = toMerge.kind() == IdKind::Email ? keep.email : toMerge.kind() == IdKind::Phone ? keep.phone : QString();
    if (kept.isNull())
        prepared = refused(QStringLiteral("identifier_to_keep"), tr("Braze merges only into a profile with an external ID or an alias."));
    else if (toMerge.value().trimmed().isEmpty())
        prepared = refused(QStringLiteral("identifier_to_merge"), tr("Enter the identifier of the profile to merge into this one."));
    else if (toMerge.kind() == IdKind::BrazeId)
        prepared = refused(QStringLiteral("identifier_to_merge"),
                           tr("Braze's merge does not take a Braze ID: name the duplicate by its external ID, alias, e-mail address or phone number."));
    else if (byContact && !own.isEmpty() && own.compare(toMerge.value(), Qt::CaseInsensitive) == 0)
        prepared = refused(QStringLiteral("identifier_to_merge"),
                           tr("This profile has %1 itself, so Braze could pick it as the duplicate: name the duplicate by its external ID or alias instead.")
                               .arg(toMerge.describe()));
    UserAction action(Kind::Merge, tr("Merge %1 into %2").arg(toMerge.describe(), kept.describe()), prepared, kept);
    action.m_consequence = tr("Braze moves the attributes, events, purchases, subscriptions and aliases of the profile %1 "
                              "into %2 (values already on %2 win) and then deletes the profile %1. This cannot be undone.")
                               .arg(toMerge.describe(), kept.describe());
    action.m_followUp = FollowUp{toMerge, byContact ? FollowUp::Expect::GoneOrThis : FollowUp::Expect::Gone};
    return action;
}

UserAction UserAction::renameExternalId(const UserProfile &profile, const QString &newExternalId)
{
    Braze::PreparedRequest prepared = Braze::prepare(Braze::ExternalIdRenameRequest{{{profile.externalId, newExternalId}}});
    if (profile.externalId.isEmpty())
        prepared = refused(QStringLiteral("current_external_id"), tr("This profile has no external ID to rename; identify it instead."));
    const Braze::UserIdentifier old = Braze::UserIdentifier::externalId(profile.externalId);
    UserAction action(Kind::RenameExternalId, tr("Rename the external ID “%1” to “%2”").arg(profile.externalId, newExternalId), prepared,
                      Braze::UserIdentifier::externalId(newExternalId));
    action.m_consequence = tr("The profile's external ID becomes “%2”. Braze keeps “%1” as a deprecated external ID: "
                              "it still finds this profile until you remove it.").arg(profile.externalId, newExternalId);
    action.m_followUp = FollowUp{old, FollowUp::Expect::SameProfile};
    return action;
}

UserAction UserAction::removeExternalId(const UserProfile &profile, const QString &deprecatedExternalId)
{
    Braze::PreparedRequest prepared = Braze::prepare(Braze::ExternalIdRemoveRequest{{deprecatedExternalId}});
    if (deprecatedExternalId.isEmpty())
        prepared = refused(QStringLiteral("external_ids"), tr("Enter the deprecated external ID to remove (the one this profile had before a rename)."));
    else if (deprecatedExternalId == profile.externalId)
        prepared = refused(QStringLiteral("external_ids"), tr("“%1” is this profile's current external ID; Braze removes only deprecated IDs. "
                                                               "Rename it first.").arg(deprecatedExternalId));
    const Braze::UserIdentifier removed = Braze::UserIdentifier::externalId(deprecatedExternalId);
    UserAction action(Kind::RemoveExternalId, tr("Remove the deprecated external ID “%1”").arg(deprecatedExternalId), prepared,
                      profile.primaryIdentifier());
    action.m_consequence = tr("Braze removes the deprecated external ID “%1”: it no longer finds any profile. "
                              "The profile keeps its current external ID and all its data.").arg(deprecatedExternalId);
    action.m_followUp = FollowUp{removed, FollowUp::Expect::Gone};
    return action;
}

QString UserAction::problems() const
{
    QStringList lines;
    for (const Braze::ValidationIssue &issue : m_prepared.issues)
        lines << issue.message;
    return lines.join(QLatin1Char('\n'));
}

QString UserAction::pathAndQuery() const
{
    const Braze::ApiRequest &r = m_prepared.request;
    if (r.query.isEmpty())
        return r.path;
    return r.path + QLatin1Char('?') + r.query.toString(QUrl::FullyEncoded);
}

QString UserAction::prettyBody() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(m_prepared.request.body);
    return doc.isNull() ? QString::fromUtf8(m_prepared.request.body) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString UserAction::previewText() const
{
    const QString head = QStringLiteral("%1 %2").arg(QString::fromLatin1(method()), pathAndQuery());
    const QString body = prettyBody().trimmed();
    return body.isEmpty() ? head : head + QStringLiteral("\n\n") + body;
}

} // namespace Users
