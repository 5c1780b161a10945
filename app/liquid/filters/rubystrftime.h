#pragma once

#include <QDateTime>
#include <QString>

namespace Liquid {

// Ruby's Time#strftime on a QDateTime, in the time's own zone or offset, with English names
// whatever the system locale. Directives: %a %A %b %B %h %c %C %d %e %D %F %G %g %H %I %j %k
// %l %L %m %M %n %N %p %P %r %R %s %S %t %T %u %U %v %V %w %W %x %X %y %Y %z %:z %::z %Z %+ %%;
// flags - _ 0 ^ # and a field width (%-d, %^a, %_5m, %3N). Unknown directives are copied as
// written, as Ruby does. %Z is "UTC" for UTC, the zone abbreviation for a named zone and empty
// for a bare offset (Ruby has no name for those either).
QString rubyStrftime(const QDateTime &time, QStringView format);

// Time#to_s: "2021-06-03 17:13:41 UTC" for UTC, "2021-06-03 10:13:41 -0700" otherwise.
QString rubyTimeToString(const QDateTime &time);

} // namespace Liquid
