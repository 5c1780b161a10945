#pragma once

#include <QJsonObject>
#include <QString>

namespace Sandbox {

// One purchase as /users/track recorded it (braze-api.md §9.2).
struct TrackedPurchase
{
    QString productId;
    QString currency;
    double price = 0;
    int quantity = 1;
    QString time;               // ISO 8601 as stored
    QJsonObject properties;

    // What OccurrenceHistory needs of it: Braze counts a quantity of X as X purchases (§9.2),
    // and the user's total_revenue adds price × quantity.
    QString key() const { return productId; }
    qint64 times() const { return quantity; }
    double amount() const { return price * quantity; }
    QJsonObject toJson() const;
    static TrackedPurchase fromJson(const QJsonObject &object);
};

} // namespace Sandbox
