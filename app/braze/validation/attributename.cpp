#include "attributename.h"

#include <QCoreApplication>

namespace Braze::Validation {

namespace {

constexpr qsizetype MaxNameLength = 255;

// Rules shared by every kind of name; `what` is the translated noun ("attribute name", ...).
QString commonNameProblem(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Validation", "The %1 is empty.").arg(what);
    if (name.trimmed() != name)
        return QCoreApplication::translate("Validation", "The %1 “%2” starts or ends with a space or line break; Braze would trim it, so remove it.").arg(what, name);
    if (name.startsWith(QLatin1Char('$')))
        return QCoreApplication::translate("Validation", "The %1 “%2” starts with “$”, which Braze reserves for itself. Choose a name without it.").arg(what, name);
    if (name.size() >= MaxNameLength)
        return QCoreApplication::translate("Validation", "The %1 “%2…” has %3 characters; Braze truncates names of 255 or more. Keep it under 50.").arg(what, name.left(20)).arg(name.size());
    if (name.contains(QLatin1Char('\n')) || name.contains(QLatin1Char('\r')))
        return QCoreApplication::translate("Validation", "The %1 “%2” contains a line break.").arg(what, name);
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
    const QString what = QCoreApplication::translate("Validation", "attribute name");
    if (QString problem = commonNameProblem(name, what); !problem.isEmpty())
        return problem;
    if (standardProfileFields().contains(name))
        return QCoreApplication::translate("Validation", "“%1” is a standard Braze profile field, not a custom attribute. Use another name, e.g. with a prefix such as “partner_%1”.").arg(name);
    return {};
}

QString nestedAttributeKeyProblem(const QString &key)
{
    const QString what = QCoreApplication::translate("Validation", "nested attribute key");
    if (QString problem = commonNameProblem(key, what); !problem.isEmpty())
        return problem;
    if (key.contains(QLatin1Char(' ')) || key.contains(QLatin1Char('.')) || key.contains(QLatin1Char('$')))
        return QCoreApplication::translate("Validation", "The nested attribute key “%1” contains a space, “.” or “$”, which Braze does not allow inside objects. Use “_” instead.").arg(key);
    return {};
}

QString eventNameProblem(const QString &name)
{
    return commonNameProblem(name, QCoreApplication::translate("Validation", "event name"));
}

QString eventPropertyKeyProblem(const QString &key)
{
    if (QString problem = commonNameProblem(key, QCoreApplication::translate("Validation", "property name")); !problem.isEmpty())
        return problem;
    static const QStringList reserved{QStringLiteral("time"), QStringLiteral("event_name"), QStringLiteral("product_id"),
                                      QStringLiteral("quantity"), QStringLiteral("price"), QStringLiteral("currency")};
    if (reserved.contains(key))
        return QCoreApplication::translate("Validation", "“%1” is reserved by Braze and makes the call fail. Rename the property, e.g. “%1_value”.").arg(key);
    return {};
}

} // namespace Braze::Validation
