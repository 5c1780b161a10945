#include "braze/validation/attributename.h"

#include <QCoreApplication>

namespace Braze::Validation {

namespace {

constexpr qsizetype MaxNameLength = 255;

// Rules shared by every kind of name. The quoted name says which field is meant, so the messages
// need no noun; only an empty name needs its own sentence (`emptyMessage`, already translated).
QString commonNameProblem(const QString &name, const QString &emptyMessage)
{
    if (name.trimmed().isEmpty())
        return emptyMessage;
    if (name.trimmed() != name)
        return QCoreApplication::translate("Validation", "“%1” starts or ends with a space or line break; Braze would trim it, so remove it.").arg(name);
    if (name.startsWith(QLatin1Char('$')))
        return QCoreApplication::translate("Validation", "“%1” starts with “$”, which Braze reserves for itself. Choose a name without it.").arg(name);
    if (name.size() >= MaxNameLength)
        return QCoreApplication::translate("Validation", "“%1…” has %n characters; Braze truncates names of 255 or more. Keep it under 50.", nullptr, int(name.size())).arg(name.left(20));
    if (name.contains(QLatin1Char('\n')) || name.contains(QLatin1Char('\r')))
        return QCoreApplication::translate("Validation", "“%1” contains a line break.").arg(name);
    return {};
}

} // namespace

const QStringList &standardProfileFields()
{
    static const QStringList fields{
        QStringLiteral("external_id"), QStringLiteral("braze_id"), QStringLiteral("alias_name"), QStringLiteral("alias_label"),
        QStringLiteral("user_alias"), QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
        QStringLiteral("home_city"), QStringLiteral("phone"), QStringLiteral("country"), QStringLiteral("language"),
        QStringLiteral("dob"), QStringLiteral("gender"), QStringLiteral("time_zone"), QStringLiteral("email_subscribe"),
        QStringLiteral("push_subscribe"), QStringLiteral("subscription_groups"), QStringLiteral("email_open_tracking_disabled"),
        QStringLiteral("email_click_tracking_disabled"), QStringLiteral("current_location"), QStringLiteral("date_of_first_session"),
        QStringLiteral("date_of_last_session"), QStringLiteral("marked_email_as_spam_at"), QStringLiteral("push_tokens"),
        QStringLiteral("facebook"), QStringLiteral("twitter"), QStringLiteral("_update_existing_only"),
        QStringLiteral("push_token_import"), QStringLiteral("_merge_objects"),
    };
    return fields;
}

QString attributeNameProblem(const QString &name)
{
    if (QString problem = commonNameProblem(name, QCoreApplication::translate("Validation", "Enter the attribute's name."));
        !problem.isEmpty())
        return problem;
    if (standardProfileFields().contains(name))
        return QCoreApplication::translate("Validation", "“%1” is a standard Braze profile field, not a custom attribute. Use another name, e.g. with a prefix such as “partner_%1”.").arg(name);
    return {};
}

QString nestedAttributeKeyProblem(const QString &key)
{
    if (QString problem = commonNameProblem(key, QCoreApplication::translate("Validation", "Enter the nested attribute's key."));
        !problem.isEmpty())
        return problem;
    if (key.contains(QLatin1Char(' ')) || key.contains(QLatin1Char('.')) || key.contains(QLatin1Char('$')))
        return QCoreApplication::translate("Validation", "The nested attribute key “%1” contains a space, “.” or “$”, which Braze does not allow inside objects. Use “_” instead.").arg(key);
    return {};
}

QString eventNameProblem(const QString &name)
{
    return commonNameProblem(name, QCoreApplication::translate("Validation", "Enter the event's name."));
}

QString eventPropertyKeyProblem(const QString &key)
{
    if (QString problem = commonNameProblem(key, QCoreApplication::translate("Validation", "Enter the property's name.")); !problem.isEmpty())
        return problem;
    static const QStringList reserved{QStringLiteral("time"), QStringLiteral("event_name"), QStringLiteral("product_id"),
                                      QStringLiteral("quantity"), QStringLiteral("price"), QStringLiteral("currency")};
    if (reserved.contains(key))
        return QCoreApplication::translate("Validation", "“%1” is reserved by Braze and makes the call fail. Rename the property, e.g. “%1_value”.").arg(key);
    return {};
}

} // namespace Braze::Validation
