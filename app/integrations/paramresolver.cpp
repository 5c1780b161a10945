#include "integrations/paramresolver.h"

#include "integrations/fieldvalidator.h"
#include "integrations/placeholders.h"

#include "braze/validation/attributename.h"
#include "braze/validation/emailaddress.h"
#include "braze/validation/isotime.h"
#include "braze/validation/phonenumber.h"

#include <QJsonDocument>

namespace Integrations {

QString ParamResolver::defaultValue(const ParamSpec &param, const QJsonObject &config, bool sandbox)
{
    const QString raw = sandbox && !param.sandboxDefault.isEmpty() ? param.sandboxDefault : param.defaultValue;
    return Placeholders::resolveText(raw, {{QStringLiteral("config"), config}});
}

QString ParamResolver::problem(const ParamSpec &param, const QString &value)
{
    if (value.trimmed().isEmpty())
        return param.optional ? QString() : tr("Required.");
    const QString &type = param.type;
    if (type == QLatin1String("id"))
        return FieldValidator::idProblem(value.trimmed());
    if (type == QLatin1String("email"))
        return Braze::Validation::emailProblem(value.trimmed());
    if (type == QLatin1String("phone"))
        return Braze::Validation::phoneProblem(Braze::Validation::normalisedPhone(value.trimmed()));
    if (type == QLatin1String("iso-time"))
        return Braze::Validation::isoTimeProblem(value.trimmed());
    if (type == QLatin1String("attribute-name"))
        return Braze::Validation::attributeNameProblem(value);
    if (type == QLatin1String("event-name"))
        return Braze::Validation::eventNameProblem(value);
    if (type == QLatin1String("seconds")) {
        bool ok = false;
        const double seconds = value.trimmed().toDouble(&ok);
        return ok && seconds >= 0 && seconds <= 86400 ? QString() : tr("Give a number of seconds between 0 and 86400.");
    }
    if (type == QLatin1String("json-object")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8(), &error);
        return doc.isObject() ? QString() : tr("Give a JSON object, e.g. {\"key\": \"value\"}.");
    }
    return {};
}

QJsonObject ParamResolver::resolve(const WorkflowSpec &workflow, const QHash<QString, QString> &given, const QJsonObject &config,
                                   bool sandbox, QList<ParamIssue> *issues)
{
    QJsonObject params;
    for (const QString &name : given.keys()) {
        const bool known = std::any_of(workflow.params.cbegin(), workflow.params.cend(), [&name](const ParamSpec &p) { return p.name == name; });
        if (!known)
            issues->append({name, tr("The workflow has no parameter \"%1\".").arg(name)});
    }
    for (const ParamSpec &param : workflow.params) {
        const QString value = given.contains(param.name) ? given.value(param.name) : defaultValue(param, config, sandbox);
        const QString issue = problem(param, value);
        if (!issue.isEmpty()) {
            issues->append({param.name, issue});
            continue;
        }
        const QString trimmed = value.trimmed();
        if (param.type == QLatin1String("json-object") && !trimmed.isEmpty())
            params.insert(param.name, QJsonDocument::fromJson(trimmed.toUtf8()).object());
        else if (param.type == QLatin1String("seconds"))
            params.insert(param.name, trimmed.toDouble());
        else if (param.type == QLatin1String("phone"))
            params.insert(param.name, Braze::Validation::normalisedPhone(trimmed));
        else
            params.insert(param.name, param.type == QLatin1String("attribute-name") ? value : trimmed);
    }
    return params;
}

} // namespace Integrations
