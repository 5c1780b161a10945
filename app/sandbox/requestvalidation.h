#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxuser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace Sandbox {

// Small checks shared by the endpoint handlers, named after the rules in braze-api.md.
namespace RequestValidation {

// "+" then 7-15 digits (E.164 as the v2 subscription endpoint demands).
bool isE164(const QString &phone);
// A plausible address: something@domain.tld, no spaces.
bool isEmail(const QString &email);
// ISO 8601 or one of the other time formats Braze lists for custom attributes and events.
std::optional<QDateTime> parseTime(const QString &text);
// {"alias_name": string, "alias_label": string}, both non-empty.
std::optional<UserAlias> parseAlias(const QJsonValue &value);
// An array of strings (or, when allowed, one string). Returns false for any other shape.
bool stringList(const QJsonValue &value, QStringList *out, bool allowSingleString = false);
// A non-fatal error item of /users/track: {"type", "input_array", "index"}.
QJsonObject itemError(const QString &type, const QString &inputArray, int index);
// The `length` (1-100 days, required) and `ending_at` (optional ISO 8601, default today) of the
// data_series endpoints. Returns an error text, or fills the window's last day and its length.
struct SeriesWindow
{
    int length = 0;
    QDate today;
    QDate end;
};
QString seriesWindow(const SandboxRequest &request, qint64 nowMs, SeriesWindow *window);
// Braze prints times in exports as "2020-07-10 15:00:00.000 UTC".
QString exportTime(qint64 msSinceEpoch);
QString isoTime(qint64 msSinceEpoch);

} // namespace RequestValidation

} // namespace Sandbox
