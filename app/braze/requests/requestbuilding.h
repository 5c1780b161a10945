#pragma once

#include "apirequest.h"
#include "useridentifier.h"

#include <QJsonObject>
#include <QStringList>

// Helpers shared by the typed request builders; not part of the public API.
namespace Braze::RequestBuilding {

PreparedRequest jsonRequest(Endpoint endpoint, const QJsonObject &body, const ValidationIssues &issues = {});
PreparedRequest queryRequest(Endpoint endpoint, const QUrlQuery &query, const ValidationIssues &issues = {});

void requireText(ValidationIssues &issues, const QString &field, const QString &value);
void checkIdentifier(ValidationIssues &issues, const QString &field, const UserIdentifier &user);
// More than the endpoint's batch limit -> issue naming the limit.
void checkCount(ValidationIssues &issues, Endpoint endpoint, const QString &field, qsizetype count);
// ASCII, at most 64 characters (send ids, braze-api.md §11.14).
void checkSendId(ValidationIssues &issues, const QString &field, const QString &sendId);

QJsonArray toJsonArray(const QStringList &values);

} // namespace Braze::RequestBuilding
