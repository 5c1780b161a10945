#include "requestbuilding.h"

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
