#pragma once

#include "braze/apirequest.h"
#include "braze/requests/subscriptionrequests.h"
#include "braze/useridentifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Users {

struct UserProfile;

// One deliberate change to a test user, built before anything is sent so the page can preview
// the exact request (method, path, pretty JSON body). The request is built and checked by the
// network layer's typed builders (Braze::prepare); issues say why it cannot be sent yet.
// `refetchAs` names the profile to read again afterwards (after identify: by its new external_id).
class UserAction
{
    Q_DECLARE_TR_FUNCTIONS(Users::UserAction)

public:
    enum class Kind { SetAttributes, LogEvent, SetSubscription, AddAlias, Identify, CreateAliasOnly, Delete,
                      Merge, RenameExternalId, RemoveExternalId };

    // A second identifier to look up after the action, and what it must show then: the merged
    // profile's identifier finds nothing; a renamed profile's old external ID still finds it
    // (deprecated); a removed deprecated ID finds nothing.
    struct FollowUp
    {
        // GoneOrThis: an e-mail address or phone number may move to the kept profile with the merge.
        enum class Expect { Gone, SameProfile, GoneOrThis };
        Braze::UserIdentifier user;
        Expect expect = Expect::Gone;
    };

    // Sets or clears (null value) standard and custom attributes.
    static UserAction setAttributes(const Braze::UserIdentifier &user, const QJsonObject &attributes);
    static UserAction logEvent(const Braze::UserIdentifier &user, const QString &name, const QJsonObject &properties,
                               const QDateTime &time);
    // By /subscription/status/set when the profile has an external_id, otherwise through the
    // subscription_groups field of /users/track, which accepts any identifier.
    static UserAction setSubscription(const UserProfile &profile, const QString &groupId, Braze::SubscriptionState state);
    static UserAction addAlias(const UserProfile &profile, const QString &aliasName, const QString &aliasLabel);
    static UserAction identify(const UserProfile &profile, const QString &externalId);
    // A new profile known only by this alias (/users/alias/new without external_id).
    static UserAction createAliasOnly(const QString &aliasName, const QString &aliasLabel);
    static UserAction deleteUser(const UserProfile &profile);
    // /users/merge: the profile `toMerge` names (external ID, alias, or e-mail address or phone
    // number with a prioritization, braze-api-more.md §4.1) is merged into `keep` and removed.
    static UserAction merge(const UserProfile &keep, const Braze::UserIdentifier &toMerge, const QStringList &prioritization = {});
    // /users/external_ids/rename: the profile's external ID becomes `newExternalId`; the old one
    // stays as a deprecated ID that still finds the profile.
    static UserAction renameExternalId(const UserProfile &profile, const QString &newExternalId);
    // /users/external_ids/remove: a deprecated external ID of the profile stops finding it.
    static UserAction removeExternalId(const UserProfile &profile, const QString &deprecatedExternalId);

    Kind kind() const { return m_kind; }
    // Translated one-liner: "Set 2 attributes on external_id anna_1".
    QString summary() const { return m_summary; }
    const Braze::PreparedRequest &prepared() const { return m_prepared; }
    Braze::UserIdentifier refetchAs() const { return m_refetchAs; }
    // What sending changes in Braze, for the confirmation question; empty for actions that
    // need no confirmation.
    QString consequence() const { return m_consequence; }
    std::optional<FollowUp> followUp() const { return m_followUp; }
    bool isReady() const { return m_prepared.issues.isEmpty(); }
    // An editor's own reason not to send (e.g. a value that is not a number).
    void addProblem(const QString &field, const QString &message) { m_prepared.issues.append({field, message}); }
    // All issues as sentences, one per line.
    QString problems() const;

    QByteArray method() const { return m_prepared.request.method; }
    // Path with the query string, as it will be sent: "/users/track".
    QString pathAndQuery() const;
    QString prettyBody() const;
    // "POST /users/track" followed by the pretty body: what the preview shows and the CLI prints.
    QString previewText() const;

private:
    UserAction(Kind kind, const QString &summary, const Braze::PreparedRequest &prepared, const Braze::UserIdentifier &refetchAs);

    Kind m_kind;
    QString m_summary;
    Braze::PreparedRequest m_prepared;
    Braze::UserIdentifier m_refetchAs;
    QString m_consequence;
    std::optional<FollowUp> m_followUp;
};

} // namespace Users
