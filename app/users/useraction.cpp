#include "useraction.h"

#include "userprofile.h"

#include "braze/requests/userrequests.h"
#include "braze/validation/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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
