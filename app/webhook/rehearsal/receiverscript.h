#pragma once

#include <QJsonArray>
#include <QString>

namespace Webhook {

// What the sandbox's webhook receiver is told to answer, written as people write it:
// "503, 503, 200", "429, 200", "drop", "hang" (see WebhookAnswers in the sandbox).
namespace ReceiverScript {

// The control API's path (POST the body below to it).
inline constexpr char ControlPath[] = "/_sandbox/webhook-answers";

// False for a word that is not a status (100-599), drop or hang.
bool parse(const QString &text, QJsonArray *answers);
QByteArray controlBody(const QJsonArray &answers);

} // namespace ReceiverScript

} // namespace Webhook
