#pragma once

#include "integrations/partnerdescription.h"

#include "braze/permissions/permissiontablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace Integrations {

// What is known about a partner's setup in one workspace, gathered from where each fact lives:
// the saved settings and Braze's answers to "Check in Braze" (PartnerConfigStore), which
// secrets the keychain holds, the endpoint, and the permission probe.
struct ReadinessInputs
{
    QJsonObject config;                 // the saved settings
    QJsonObject checks;                 // PartnerConfigStore::checks(): Braze's answers per field
    QSet<QString> secretsSet;           // secret fields with a value in the keychain
    QString endpoint;
    bool endpointIsLocal = false;       // the built-in sandbox or another loopback address
    QHash<QString, Braze::PermissionState> permissions;
    QDateTime permissionsCheckedAt;     // invalid: never checked
    QString permissionsUnknownWhy;      // why the permissions are not known (no key, checking, offline)
};

// The three honest states of every requirement and setting, the same on the Requirements tab,
// the hand-off sheet and the sidebar icon: verified against Braze; set but not verified (and
// why); missing or refused (with Braze's answer).
class Readiness
{
    Q_DECLARE_TR_FUNCTIONS(Readiness)

public:
    enum class State { Verified, Unverified, Missing };
    enum class Overall { Ready, NeedsAttention, Unknown };

    struct Item
    {
        QString text;
        State state = State::Unverified;
        QString why;          // one sentence: when it was verified, why not, what Braze answered
        QString note;         // the partner's own remark on the requirement, a sentence of its own
        QString permission;   // for permission requirements
        QString fieldId;      // for setting requirements
        bool optional = false;
        bool refused = false;   // Missing because Braze or the format check refused the value
        bool manual = false;    // the marketer's own part (an account with the partner)
        // Whether Braze can confirm it at all (a partner's secret or a scope cannot be); items
        // that cannot be checked do not keep a partner from being "ready".
        bool checkable = true;
        bool counts() const { return checkable && !(optional && state == State::Missing); }
    };

    static QList<Item> evaluate(const PartnerDescription &partner, const ReadinessInputs &inputs);
    // The state of one setting (the hand-off sheet marks its rows with it).
    static Item fieldState(const FieldSpec &field, const ReadinessInputs &inputs);

    static Overall overall(const QList<Item> &items);
    // For the sidebar's tooltip: the verdict and what needs attention or is not verified yet.
    static QString overallText(const QString &partnerTitle, const QList<Item> &items);

    static QString stateName(State state);   // "verified", "unverified", "missing" (tests, CLI)
    static QString stateText(const Item &item);  // "✔ verified", "● set, not verified", "✘ missing"
    // The state and why in one translatable sentence per state ("✘ refused — Braze refused it: …").
    static QString stateWithWhy(const Item &item);
};

} // namespace Integrations
