#pragma once

#include <QString>
#include <QtGlobal>

namespace Webhook {

// How the audience preview finds one of its users again (to show that user's exact request):
// a line of the users file (its number for people, its byte offset for seeking), a position in
// a list held by the caller, or an identifier to look up. `label` is what lists show.
struct AudienceUserRef
{
    QString label;
    qint64 line = 0;        // 1-based line of a users file, 0 otherwise
    qint64 fileOffset = -1; // byte offset of that line
    qint64 index = -1;      // position in the input list
};

} // namespace Webhook
