#include "sandbox/trackedevent.h"

namespace Sandbox {

QJsonObject TrackedEvent::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("time"), time}, {QStringLiteral("properties"), properties}};
}

TrackedEvent TrackedEvent::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("name")).toString(), object.value(QLatin1String("time")).toString(),
            object.value(QLatin1String("properties")).toObject()};
}

} // namespace Sandbox
