#pragma once

#include "braze/apirequest.h"

#include <QStringList>

// Typed calls of Braze's e-mail and SMS lists (braze-api-more.md §5, §6): reading hard bounces,
// unsubscribes and invalid phone numbers, and the writes that change them. Addresses and
// numbers are checked before sending, at most 50 per call.
namespace Braze {

// GET /email/hard_bounces or /email/unsubscribes: end_date plus start_date or an address.
struct EmailListQuery
{
    enum class List { HardBounces, Unsubscribes };
    List list = List::HardBounces;
    QString startDate;      // YYYY-MM-DD
    QString endDate;        // required
    QString email;          // instead of startDate; the dates are then ignored
    int limit = 100;        // 1-500
    int offset = 0;
    bool oldestFirst = false;   // unsubscribes only
};

// POST /email/status, /email/bounce/remove, /email/spam/remove, /email/blocklist.
struct EmailListChange
{
    enum class Action { SetStatus, RemoveBounce, RemoveSpam, Blocklist };
    Action action = Action::SetStatus;
    QStringList emails;
    QString subscriptionState;  // SetStatus: subscribed, unsubscribed or opted_in
};

// GET /sms/invalid_phone_numbers: a date range or numbers.
struct InvalidPhoneQuery
{
    QString startDate;
    QString endDate;
    QStringList phoneNumbers;
    QString reason;         // provider_error | deactivated | empty = both
    int limit = 100;
    int offset = 0;
};

struct InvalidPhoneRemoveRequest
{
    QStringList phoneNumbers;
};

PreparedRequest prepare(const EmailListQuery &query);
PreparedRequest prepare(const EmailListChange &change);
PreparedRequest prepare(const InvalidPhoneQuery &query);
PreparedRequest prepare(const InvalidPhoneRemoveRequest &request);

} // namespace Braze
