#include "sandbox/trackedpurchase.h"

namespace Sandbox {

QJsonObject TrackedPurchase::toJson() const
{
    return {{QStringLiteral("product_id"), productId}, {QStringLiteral("currency"), currency}, {QStringLiteral("price"), price},
            {QStringLiteral("quantity"), quantity},    {QStringLiteral("time"), time},         {QStringLiteral("properties"), properties}};
}

TrackedPurchase TrackedPurchase::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("product_id")).toString(), object.value(QLatin1String("currency")).toString(),
            object.value(QLatin1String("price")).toDouble(),      object.value(QLatin1String("quantity")).toInt(1),
            object.value(QLatin1String("time")).toString(),       object.value(QLatin1String("properties")).toObject()};
}

} // namespace Sandbox
