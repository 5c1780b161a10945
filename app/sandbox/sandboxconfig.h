#pragma once

#include <QJsonObject>
#include <QString>

namespace Sandbox {

// Behaviour switches of the sandbox that a test or a rehearsal may want to change at run time
// (through /_sandbox/config) or at start (braze-cli sandbox flags).
struct SandboxConfig
{
    // Multiplies every rate limit (0.001 turns 3,000 per 3 s into 3 per 3 s). Minimum limit is 1.
    double rateScale = 1.0;
    // How /users/track counts objects: "per_array_75" (legacy, default), "combined_75", "combined_50".
    QString trackLimitMode = QStringLiteral("per_array_75");
    // A new profile stays invisible to reads and subscription changes for this long.
    qint64 profileReadyDelayMs = 0;
    // A custom event with this name starts SMS double opt-in for the user's phone.
    QString doubleOptInEvent = QStringLiteral("sms_double_opt_in");
    // Subscription group the double opt-in event enters; empty = the first SMS group.
    QString doubleOptInGroupId;
    // How long until a pending double opt-in turns into "subscribed" (the user replied YES).
    qint64 doubleOptInDelayMs = 30000;
    // Accept the pre-2020 api_key body/query parameter.
    bool acceptLegacyApiKey = true;
    // Workspaces onboarded after 2024-08-22 must send fields_to_export to /users/export/ids.
    bool requireFieldsToExport = false;
    // A segment or global control group export's URL serves the file only after this delay.
    qint64 exportReadyDelayMs = 2000;
    // Where transactional e-mail status postbacks go (Settings > Email Preferences in Braze);
    // empty: none are sent.
    QString transactionalPostbackUrl;
    // Bodies above this size are refused with 413.
    qint64 maxBodyBytes = 4 * 1024 * 1024;

    QJsonObject toJson() const;
    // Applies the keys present in `object`; returns an error text for a bad value, else empty.
    QString apply(const QJsonObject &object);
};

} // namespace Sandbox
