#include "braze/requests/requestbuilding.h"

#include "braze/validation/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Braze::RequestBuilding {

PreparedRequest jsonRequest(Endpoint endpoint, const QJsonObject &body, const ValidationIssues &issues)
{
    const EndpointInfo &info = endpointInfo(endpoint);
    PreparedRequest prepared;
    prepared.request.endpoint = endpoint;
    prepared.request.method = info.method;
    prepared.request.path = info.path;
    prepared.request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    prepared.request.contentType = "application/json";
    prepared.issues = issues;
    return prepared;
}

PreparedRequest queryRequest(Endpoint endpoint, const QUrlQuery &query, const ValidationIssues &issues)
{
    const EndpointInfo &info = endpointInfo(endpoint);
    PreparedRequest prepared;
    prepared.request.endpoint = endpoint;
    prepared.request.method = info.method;
    prepared.request.path = info.path;
    prepared.request.query = query;
    prepared.issues = issues;
    return prepared;
}

void fillPath(PreparedRequest &prepared, const QList<QPair<QString, QString>> &segments)
{
    for (const auto &[name, value] : segments) {
        prepared.request.path.replace(QLatin1Char('{') + name + QLatin1Char('}'),
                                      QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
}

void addQueryText(QUrlQuery &query, const QString &key, const QString &value)
{
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

void addListWindow(ValidationIssues &issues, QUrlQuery &query, const QString &modifiedAfter, const QString &modifiedBefore,
                   int limit, int offset, int maxLimit)
{
    for (const auto &[key, value] : {std::pair{QStringLiteral("modified_after"), modifiedAfter},
                                     std::pair{QStringLiteral("modified_before"), modifiedBefore}}) {
        if (value.isEmpty())
            continue;
        if (const QString problem = Validation::isoTimeProblem(value); !problem.isEmpty())
            issues.append({key, problem});
        addQueryText(query, key, value);
    }
    if (limit < 1 || limit > maxLimit)
        issues.append({QStringLiteral("limit"), QCoreApplication::translate("Validation", "The limit must be between 1 and %1.").arg(maxLimit)});
    if (offset < 0)
        issues.append({QStringLiteral("offset"), QCoreApplication::translate("Validation", "The offset cannot be negative.")});
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
}

QString prioritizationProblem(const QStringList &rules)
{
    static const QStringList known{QStringLiteral("identified"), QStringLiteral("unidentified"), QStringLiteral("most_recently_updated"),
                                   QStringLiteral("least_recently_updated")};
    if (rules.isEmpty())
        return QCoreApplication::translate("Validation", "An e-mail address needs a prioritization, e.g. “identified”, “most_recently_updated”.");
    for (const QString &rule : rules) {
        if (!known.contains(rule))
            return QCoreApplication::translate("Validation", "“%1” is not a prioritization; use identified, unidentified, most_recently_updated or least_recently_updated.").arg(rule);
    }
    if (rules.contains(QStringLiteral("identified")) && rules.contains(QStringLiteral("unidentified")))
        return QCoreApplication::translate("Validation", "Use only one of “identified” and “unidentified”.");
    return {};
}

void requireText(ValidationIssues &issues, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        issues.append({field, QCoreApplication::translate("Validation", "“%1” is required.").arg(field)});
}

void checkIdentifier(ValidationIssues &issues, const QString &field, const UserIdentifier &user)
{
    if (const QString problem = user.problem(); !problem.isEmpty())
        issues.append({field, problem});
}

void checkCount(ValidationIssues &issues, Endpoint endpoint, const QString &field, qsizetype count)
{
    const int limit = endpointInfo(endpoint).batchLimit;
    if (limit > 0 && count > limit)
        issues.append({field, QCoreApplication::translate("Validation", "%1 items in “%2”; Braze accepts at most %3 per request. Split them into several calls.")
                                  .arg(count).arg(field).arg(limit)});
}

void checkSendId(ValidationIssues &issues, const QString &field, const QString &sendId)
{
    bool ascii = true;
    for (const QChar c : sendId)
        ascii = ascii && c.unicode() < 128 && c.isPrint();
    if (!ascii || sendId.size() > 64)
        issues.append({field, QCoreApplication::translate("Validation", "The send ID “%1” must be plain ASCII and at most 64 characters.").arg(sendId)});
}

QJsonArray toJsonArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace Braze::RequestBuilding
