#include "braze/requests/listrequests.h"

#include "braze/requests/requestbuilding.h"
#include "braze/validation/emailaddress.h"
#include "braze/validation/phonenumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

namespace Braze {

using namespace RequestBuilding;

namespace {

constexpr int MaxLimit = 500;

void addDate(ValidationIssues &issues, QUrlQuery &query, const QString &key, const QString &value)
{
    if (value.isEmpty())
        return;
    if (!QDate::fromString(value, Qt::ISODate).isValid())
        issues.append({key, QCoreApplication::translate("Validation", "“%1” must be a date such as 2026-03-01.").arg(key)});
    query.addQueryItem(key, value);
}

void addPage(ValidationIssues &issues, QUrlQuery &query, int limit, int offset)
{
    if (limit < 1 || limit > MaxLimit)
        issues.append({QStringLiteral("limit"), QCoreApplication::translate("Validation", "The limit must be between 1 and %1.").arg(MaxLimit)});
    if (offset < 0)
        issues.append({QStringLiteral("offset"), QCoreApplication::translate("Validation", "The offset cannot be negative.")});
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
}

void checkRange(ValidationIssues &issues, const QString &start, const QString &end)
{
    const QDate from = QDate::fromString(start, Qt::ISODate);
    const QDate to = QDate::fromString(end, Qt::ISODate);
    if (from.isValid() && to.isValid() && from >= to)
        issues.append({QStringLiteral("start_date"), QCoreApplication::translate("Validation", "The start date must be before the end date.")});
}

} // namespace

PreparedRequest prepare(const EmailListQuery &query)
{
    ValidationIssues issues;
    QUrlQuery urlQuery;
    requireText(issues, QStringLiteral("end_date"), query.endDate);
    if (query.startDate.isEmpty() && query.email.isEmpty())
        issues.append({QStringLiteral("start_date"), QCoreApplication::translate("Validation", "Give a start date or an e-mail address.")});
    checkRange(issues, query.startDate, query.endDate);
    addDate(issues, urlQuery, QStringLiteral("start_date"), query.startDate);
    addDate(issues, urlQuery, QStringLiteral("end_date"), query.endDate);
    if (!query.email.isEmpty()) {
        if (const QString problem = Validation::emailProblem(query.email); !problem.isEmpty())
            issues.append({QStringLiteral("email"), problem});
        addQueryText(urlQuery, QStringLiteral("email"), query.email);
    }
    addPage(issues, urlQuery, query.limit, query.offset);
    const bool unsubscribes = query.list == EmailListQuery::List::Unsubscribes;
    if (unsubscribes)
        urlQuery.addQueryItem(QStringLiteral("sort_direction"), query.oldestFirst ? QStringLiteral("asc") : QStringLiteral("desc"));
    return queryRequest(unsubscribes ? Endpoint::EmailUnsubscribes : Endpoint::EmailHardBounces, urlQuery, issues);
}

PreparedRequest prepare(const EmailListChange &change)
{
    using Action = EmailListChange::Action;
    static const QStringList states{QStringLiteral("subscribed"), QStringLiteral("unsubscribed"), QStringLiteral("opted_in")};
    const Endpoint endpoint = change.action == Action::SetStatus    ? Endpoint::EmailStatus
                              : change.action == Action::RemoveBounce ? Endpoint::EmailBounceRemove
                              : change.action == Action::RemoveSpam   ? Endpoint::EmailSpamRemove
                                                                      : Endpoint::EmailBlocklist;
    ValidationIssues issues;
    if (change.emails.isEmpty())
        issues.append({QStringLiteral("email"), QCoreApplication::translate("Validation", "Give at least one e-mail address.")});
    checkCount(issues, endpoint, QStringLiteral("email"), change.emails.size());
    for (qsizetype i = 0; i < change.emails.size(); ++i) {
        if (const QString problem = Validation::emailProblem(change.emails.at(i)); !problem.isEmpty())
            issues.append({QStringLiteral("email[%1]").arg(i), problem});
    }
    QJsonObject body{{QStringLiteral("email"), change.emails.size() == 1 ? QJsonValue(change.emails.first()) : QJsonValue(toJsonArray(change.emails))}};
    if (change.action == Action::SetStatus) {
        if (!states.contains(change.subscriptionState))
            issues.append({QStringLiteral("subscription_state"), QCoreApplication::translate("Validation", "The state is “subscribed”, “unsubscribed” or “opted_in”.")});
        body.insert(QStringLiteral("subscription_state"), change.subscriptionState);
    }
    return jsonRequest(endpoint, body, issues);
}

PreparedRequest prepare(const InvalidPhoneQuery &query)
{
    ValidationIssues issues;
    QUrlQuery urlQuery;
    if (query.phoneNumbers.isEmpty() && (query.startDate.isEmpty() || query.endDate.isEmpty()))
        issues.append({QStringLiteral("start_date"), QCoreApplication::translate("Validation", "Give a start and an end date, or phone numbers.")});
    checkRange(issues, query.startDate, query.endDate);
    addDate(issues, urlQuery, QStringLiteral("start_date"), query.startDate);
    addDate(issues, urlQuery, QStringLiteral("end_date"), query.endDate);
    for (qsizetype i = 0; i < query.phoneNumbers.size(); ++i) {
        if (const QString problem = Validation::phoneProblem(query.phoneNumbers.at(i)); !problem.isEmpty())
            issues.append({QStringLiteral("phone_numbers[%1]").arg(i), problem});
        addQueryText(urlQuery, QStringLiteral("phone_numbers[]"), query.phoneNumbers.at(i));
    }
    if (!query.reason.isEmpty() && query.reason != QLatin1String("provider_error") && query.reason != QLatin1String("deactivated"))
        issues.append({QStringLiteral("reason"), QCoreApplication::translate("Validation", "The reason is “provider_error” or “deactivated”.")});
    if (!query.reason.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("reason"), query.reason);
    addPage(issues, urlQuery, query.limit, query.offset);
    return queryRequest(Endpoint::SmsInvalidPhoneNumbers, urlQuery, issues);
}

PreparedRequest prepare(const InvalidPhoneRemoveRequest &request)
{
    ValidationIssues issues;
    if (request.phoneNumbers.isEmpty())
        issues.append({QStringLiteral("phone_numbers"), QCoreApplication::translate("Validation", "Give at least one phone number.")});
    checkCount(issues, Endpoint::SmsInvalidPhoneNumbersRemove, QStringLiteral("phone_numbers"), request.phoneNumbers.size());
    for (qsizetype i = 0; i < request.phoneNumbers.size(); ++i) {
        if (const QString problem = Validation::phoneProblem(request.phoneNumbers.at(i)); !problem.isEmpty())
            issues.append({QStringLiteral("phone_numbers[%1]").arg(i), problem});
    }
    return jsonRequest(Endpoint::SmsInvalidPhoneNumbersRemove, {{QStringLiteral("phone_numbers"), toJsonArray(request.phoneNumbers)}}, issues);
}

} // namespace Braze
