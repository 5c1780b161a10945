#include "integrations/stepargs.h"

#include "integrations/placeholders.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Integrations::StepArgs {

QString text(const QJsonObject &args, const QString &key)
{
    return Placeholders::toText(args.value(key)).trimmed();
}

double number(const QJsonObject &args, const QString &key, double fallback)
{
    const QJsonValue v = args.value(key);
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    return ok ? d : fallback;
}

QStringList textList(const QJsonObject &args, const QString &key)
{
    QStringList result;
    for (const QJsonValue &v : args.value(key).toArray())
        result.append(Placeholders::toText(v));
    return result;
}

Braze::UserIdentifier user(const QJsonObject &args, QString *problem, const QString &key)
{
    using Braze::UserIdentifier;
    const QJsonObject u = args.value(key).toObject();
    const QString aliasName = text(u, QStringLiteral("alias_name"));
    UserIdentifier id;
    if (!aliasName.isEmpty())
        id = UserIdentifier::alias(aliasName, text(u, QStringLiteral("alias_label")));
    else if (!text(u, QStringLiteral("external_id")).isEmpty())
        id = UserIdentifier::externalId(text(u, QStringLiteral("external_id")));
    else if (!text(u, QStringLiteral("braze_id")).isEmpty())
        id = UserIdentifier::brazeId(text(u, QStringLiteral("braze_id")));
    else if (!text(u, QStringLiteral("email")).isEmpty())
        id = UserIdentifier::email(text(u, QStringLiteral("email")));
    else if (!text(u, QStringLiteral("phone")).isEmpty())
        id = UserIdentifier::phone(text(u, QStringLiteral("phone")));
    if (id.isNull()) {
        *problem = QCoreApplication::translate("Integrations::StepArgs", "No user given: fill in the test user.");
        return id;
    }
    const QString idProblem = id.problem();
    if (!idProblem.isEmpty())
        *problem = idProblem;
    return id;
}

} // namespace Integrations::StepArgs
