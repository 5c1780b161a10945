#pragma once

#include "webhook/audience/audienceuserref.h"

#include <QList>
#include <QString>

namespace Webhook {

// One line of the audience summary that opens a list of users: the users that would be sent,
// those aborted for one reason, broken for one reason, lacking one attribute, whose body is over
// a limit, or whose line in the users file could not be read.
struct AudienceGroup
{
    enum class Kind { Sent, Aborted, Broken, MissingAttribute, OverLimit, Unreadable, EmptyOutput, DefaultOutput };
    static constexpr int MaxUsersKept = 500;   // per group; the count goes on

    Kind kind = Kind::Sent;
    QString code;              // stable key of the reason: "invalid_json", "url_not_https", ...
    QString reason;            // in words: the abort message, why broken, the attribute, the output
    qint64 count = 0;
    QList<AudienceUserRef> users;   // the first MaxUsersKept

    void add(const AudienceUserRef &user)
    {
        ++count;
        if (users.size() < MaxUsersKept)
            users.append(user);
    }
    // The English key braze-cli --json prints ("sent", "aborted", "broken", ...).
    QString kindKey() const;
};

} // namespace Webhook
