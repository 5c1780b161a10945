#include "composer/bodycheck.h"

#include "braze/requests/requestbuilding.h"
#include "braze/useridentifier.h"
#include "braze/validation/attributename.h"
#include "braze/validation/isotime.h"
#include "braze/validation/phonenumber.h"
#include "composer/jsonlocator.h"
#include "liquid/diagnostic.h"
#include "webhook/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Braze;

namespace {

using Issues = ValidationIssues;

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString item(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void add(Issues &issues, const QString &field, const QString &problem)
{
    if (!problem.isEmpty())
        issues.append({field, problem});
}

// A problem with a key's name is shown at the key, not at its value.
const QString KeyMark = QStringLiteral("#key");

void addForKey(Issues &issues, const QString &field, const QString &problem)
{
    add(issues, field + KeyMark, problem);
}

// Keys of a users/track attributes object that are not custom attribute names.
bool isProfileKey(const QString &key)
{
    static const QStringList identifiers{QStringLiteral("external_id"), QStringLiteral("user_alias"), QStringLiteral("braze_id"),
                                         QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("_update_existing_only"),
                                         QStringLiteral("push_token_import")};
    return identifiers.contains(key) || Validation::standardProfileFields().contains(key.toLower());
}

void checkIdentifiers(Issues &issues, const QString &path, const QJsonObject &object, bool recipient)
{
    const auto text = [&](const char *key) { return object.value(QLatin1String(key)); };
    for (const char *key : {"external_id", "external_user_id"}) {
        if (text(key).isString())
            add(issues, child(path, QLatin1String(key)), UserIdentifier::externalId(text(key).toString()).problem());
    }
    if (text("braze_id").isString())
        add(issues, child(path, QStringLiteral("braze_id")), UserIdentifier::brazeId(text("braze_id").toString()).problem());
    if (text("user_alias").isObject()) {
        const QJsonObject alias = text("user_alias").toObject();
        add(issues, child(path, QStringLiteral("user_alias")),
            UserIdentifier::alias(alias.value(QLatin1String("alias_name")).toString(), alias.value(QLatin1String("alias_label")).toString()).problem());
    }
    for (const char *key : {"email", "phone"}) {
        const QJsonValue value = text(key);
        const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!values.at(i).isString())
                continue;
            const QString field = value.isArray() ? item(child(path, QLatin1String(key)), i) : child(path, QLatin1String(key));
            const QString given = values.at(i).toString();
            add(issues, field, key[0] == 'e' ? UserIdentifier::email(given).problem() : UserIdentifier::phone(given).problem());
        }
    }
    if (recipient && text("email").isString()) {
        QStringList rules;
        for (const QJsonValue &rule : text("prioritization").toArray())
            rules.append(rule.toString());
        add(issues, child(path, QStringLiteral("prioritization")), RequestBuilding::prioritizationProblem(rules));
    }
}

void checkTime(Issues &issues, const QString &path, const QJsonObject &object)
{
    if (object.value(QLatin1String("time")).isString())
        add(issues, child(path, QStringLiteral("time")), Validation::isoTimeProblem(object.value(QLatin1String("time")).toString()));
}

void checkObject(Issues &issues, const QString &path, const QString &parentKey, const QJsonObject &object)
{
    checkIdentifiers(issues, path, object, parentKey == QLatin1String("recipients") || parentKey == QLatin1String("recipient"));
    if (parentKey == QLatin1String("attributes")) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isProfileKey(it.key()))
                addForKey(issues, child(path, it.key()), Validation::attributeNameProblem(it.key()));
        }
    } else if (parentKey == QLatin1String("events")) {
        if (object.value(QLatin1String("name")).isString())
            add(issues, child(path, QStringLiteral("name")), Validation::eventNameProblem(object.value(QLatin1String("name")).toString()));
        checkTime(issues, path, object);
        const QJsonObject properties = object.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            addForKey(issues, child(child(path, QStringLiteral("properties")), it.key()), Validation::eventPropertyKeyProblem(it.key()));
    } else if (parentKey == QLatin1String("purchases") || parentKey == QLatin1String("schedule")) {
        checkTime(issues, path, object);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = child(path, it.key());
        if (it.value().isObject())
            checkObject(issues, field, it.key(), it.value().toObject());
        if (it.key() == QLatin1String("external_ids")) {
            const QJsonArray ids = it.value().toArray();
            for (qsizetype i = 0; i < ids.size(); ++i)
                add(issues, item(field, i), ids.at(i).isString() ? UserIdentifier::externalId(ids.at(i).toString()).problem() : QString());
        }
        const QJsonArray array = it.value().toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isObject())
                checkObject(issues, item(field, i), it.key(), array.at(i).toObject());
        }
    }
}

} // namespace

QList<BodyCheck::Finding> BodyCheck::check(const EndpointInfo &endpoint, const QByteArray &method, const QString &body)
{
    if (body.trimmed().isEmpty())
        return {};
    if (method.compare("GET", Qt::CaseInsensitive) == 0)
        return {{QString(), tr("A GET call sends no body; put the parameters in the query parameters."), 1, 1, false}};
    if (const Webhook::JsonText::ParseProblem problem = Webhook::JsonText::validate(body); problem.isValid())
        return {{QString(), problem.message, problem.line, problem.column, true}};
    const QJsonDocument json = QJsonDocument::fromJson(body.toUtf8());
    if (!json.isObject())
        return {{QString(), tr("Braze expects a JSON object here, in { }."), 1, 1, false}};
    Issues issues;
    const QJsonObject root = json.object();
    checkObject(issues, QString(), QString(), root);
    for (auto it = root.begin(); it != root.end(); ++it) {
        // The batch limit counts the objects a call is about, not the fields asked for.
        if (it.value().isArray() && it.key() != QLatin1String("fields_to_export") && it.key() != QLatin1String("tags"))
            RequestBuilding::checkCount(issues, endpoint.id, it.key(), it.value().toArray().size());
    }
    const JsonLocator locator(body);
    const Liquid::LineIndex lines(body);
    QList<Finding> findings;
    for (const ValidationIssue &issue : issues) {
        const bool aboutKey = issue.field.endsWith(KeyMark);
        Finding finding{aboutKey ? issue.field.chopped(KeyMark.size()) : issue.field, issue.message, 1, 1, false};
        lines.locate(aboutKey ? locator.keyOffsetOf(finding.field) : locator.offsetOf(finding.field), &finding.line, &finding.column);
        findings.append(finding);
    }
    return findings;
}

QString BodyCheck::describe(const Finding &finding)
{
    return tr("Line %1, column %2: %3").arg(finding.line).arg(finding.column).arg(finding.message);
}
