#pragma once

#include "braze/apirequest.h"
#include "braze/useridentifier.h"

#include <QJsonObject>
#include <QStringList>

// Helpers shared by the typed request builders; not part of the public API.
namespace Braze::RequestBuilding {

PreparedRequest jsonRequest(Endpoint endpoint, const QJsonObject &body, const ValidationIssues &issues = {});
PreparedRequest queryRequest(Endpoint endpoint, const QUrlQuery &query, const ValidationIssues &issues = {});

// Fills the {name} segments of the request's path with percent-encoded values.
void fillPath(PreparedRequest &prepared, const QList<QPair<QString, QString>> &segments);
// modified_after / modified_before (ISO 8601), limit (1..maxLimit) and offset (>= 0) of the list
// endpoints of Content Blocks and e-mail templates.
void addListWindow(ValidationIssues &issues, QUrlQuery &query, const QString &modifiedAfter, const QString &modifiedBefore,
                   int limit, int offset, int maxLimit);
// A query value percent-encoded the way Braze decodes it ('+' stays a plus).
void addQueryText(QUrlQuery &query, const QString &key, const QString &value);

// Empty when `rules` is a usable prioritization (braze-api-more.md §1.1): not empty, only
// identified, unidentified, most_recently_updated, least_recently_updated, and not both
// identified and unidentified. Otherwise a translated explanation.
QString prioritizationProblem(const QStringList &rules);

void requireText(ValidationIssues &issues, const QString &field, const QString &value);
void checkIdentifier(ValidationIssues &issues, const QString &field, const UserIdentifier &user);
// More than the endpoint's batch limit -> issue naming the limit.
void checkCount(ValidationIssues &issues, Endpoint endpoint, const QString &field, qsizetype count);
// ASCII, at most 64 characters (send ids, braze-api.md §11.14).
void checkSendId(ValidationIssues &issues, const QString &field, const QString &sendId);

QJsonArray toJsonArray(const QStringList &values);

} // namespace Braze::RequestBuilding
