#include "braze/requests/reportrequests.h"

#include "braze/requests/requestbuilding.h"
#include "braze/validation/isotime.h"

#include <QCoreApplication>

namespace Braze {

using namespace RequestBuilding;

namespace {

void addSeriesRange(ValidationIssues &issues, QUrlQuery &query, int lengthDays, const QString &endingAt)
{
    if (lengthDays < 1 || lengthDays > 100)
        issues.append({QStringLiteral("length"), QCoreApplication::translate("Validation", "The length must be between 1 and 100 days.")});
    query.addQueryItem(QStringLiteral("length"), QString::number(lengthDays));
    if (!endingAt.isEmpty()) {
        if (const QString problem = Validation::isoTimeProblem(endingAt); !problem.isEmpty())
            issues.append({QStringLiteral("ending_at"), problem});
        query.addQueryItem(QStringLiteral("ending_at"), QString::fromLatin1(QUrl::toPercentEncoding(endingAt)));
    }
}

void addText(QUrlQuery &query, const QString &key, const QString &value)
{
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace

PreparedRequest prepare(const SegmentListQuery &query)
{
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    urlQuery.addQueryItem(QStringLiteral("sort_direction"), query.newestFirst ? QStringLiteral("desc") : QStringLiteral("asc"));
    ValidationIssues issues;
    if (query.page < 0)
        issues.append({QStringLiteral("page"), QCoreApplication::translate("Validation", "The page number cannot be negative.")});
    return queryRequest(Endpoint::SegmentsList, urlQuery, issues);
}

PreparedRequest prepare(const SegmentDetailsQuery &query)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("segment_id"), query.segmentId);
    QUrlQuery urlQuery;
    addText(urlQuery, QStringLiteral("segment_id"), query.segmentId);
    return queryRequest(Endpoint::SegmentsDetails, urlQuery, issues);
}

PreparedRequest prepare(const SegmentDataSeriesQuery &query)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("segment_id"), query.segmentId);
    QUrlQuery urlQuery;
    addText(urlQuery, QStringLiteral("segment_id"), query.segmentId);
    addSeriesRange(issues, urlQuery, query.lengthDays, query.endingAt);
    return queryRequest(Endpoint::SegmentsDataSeries, urlQuery, issues);
}

PreparedRequest prepare(const SendDataSeriesQuery &query)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("campaign_id"), query.campaignId);
    requireText(issues, QStringLiteral("send_id"), query.sendId);
    QUrlQuery urlQuery;
    addText(urlQuery, QStringLiteral("campaign_id"), query.campaignId);
    addText(urlQuery, QStringLiteral("send_id"), query.sendId);
    addSeriesRange(issues, urlQuery, query.lengthDays, query.endingAt);
    return queryRequest(Endpoint::SendsDataSeries, urlQuery, issues);
}

} // namespace Braze
