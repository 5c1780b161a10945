#include "braze/validation/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Braze::Validation {

QString phoneProblem(const QString &phone)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (phone.isEmpty())
        return QCoreApplication::translate("Validation", "The phone number is empty.");
    if (e164.match(phone).hasMatch())
        return {};
    if (!phone.startsWith(QLatin1Char('+')))
        return QCoreApplication::translate("Validation", "“%1” has no country code: write it in E.164 form, a “+” and the country code first, e.g. +15555550123.").arg(phone);
    static const QRegularExpression separators(QStringLiteral("[\\s().-]"));
    if (phone.contains(separators))
        return QCoreApplication::translate("Validation", "“%1” contains spaces or punctuation: write only “+” and digits, e.g. +15555550123.").arg(phone);
    if (phone.size() > 1 && phone.at(1) == QLatin1Char('0'))
        return QCoreApplication::translate("Validation", "“%1”: a country code never starts with 0. Drop the 0 after the “+”.").arg(phone);
    const qsizetype digits = phone.size() - 1;
    if (digits < 7 || digits > 15)
        return QCoreApplication::translate("Validation", "“%1” has %n digits; an E.164 number has 7 to 15.", nullptr, int(digits)).arg(phone);
    return QCoreApplication::translate("Validation", "“%1” is not a phone number in E.164 form: only “+” and digits are allowed, e.g. +15555550123.").arg(phone);
}

QString normalisedPhone(const QString &phone)
{
    static const QRegularExpression separators(QStringLiteral("[\\s().\\-/]"));
    QString compact = phone.trimmed();
    compact.remove(separators);
    if (compact.startsWith(QStringLiteral("00")))
        compact = QLatin1Char('+') + compact.mid(2);
    return compact.startsWith(QLatin1Char('+')) ? compact : phone;
}

} // namespace Braze::Validation
