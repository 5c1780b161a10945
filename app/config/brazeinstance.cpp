#include "config/brazeinstance.h"

namespace Config {

QUrl BrazeInstance::restEndpoint() const
{
    return QUrl(QStringLiteral("https://") + host);
}

QString BrazeInstance::displayName() const
{
    return id + QStringLiteral(" \u2014 ") + host;
}

const QList<BrazeInstance> &BrazeInstance::all()
{
    // There is no US-09; US-10 and the non-US instances use their region in the host name.
    static const QList<BrazeInstance> instances = {
        {QStringLiteral("US-01"), QStringLiteral("rest.iad-01.braze.com")},
        {QStringLiteral("US-02"), QStringLiteral("rest.iad-02.braze.com")},
        {QStringLiteral("US-03"), QStringLiteral("rest.iad-03.braze.com")},
        {QStringLiteral("US-04"), QStringLiteral("rest.iad-04.braze.com")},
        {QStringLiteral("US-05"), QStringLiteral("rest.iad-05.braze.com")},
        {QStringLiteral("US-06"), QStringLiteral("rest.iad-06.braze.com")},
        {QStringLiteral("US-07"), QStringLiteral("rest.iad-07.braze.com")},
        {QStringLiteral("US-08"), QStringLiteral("rest.iad-08.braze.com")},
        {QStringLiteral("US-10"), QStringLiteral("rest.us-10.braze.com")},
        {QStringLiteral("EU-01"), QStringLiteral("rest.fra-01.braze.eu")},
        {QStringLiteral("EU-02"), QStringLiteral("rest.fra-02.braze.eu")},
        {QStringLiteral("AU-01"), QStringLiteral("rest.au-01.braze.com")},
        {QStringLiteral("ID-01"), QStringLiteral("rest.id-01.braze.com")},
        {QStringLiteral("JP-01"), QStringLiteral("rest.jp-01.braze.com")},
        {QStringLiteral("KR-01"), QStringLiteral("rest.kr-01.braze.com")},
    };
    return instances;
}

const BrazeInstance *BrazeInstance::forHost(const QString &host)
{
    const QString wanted = host.toLower();
    for (const BrazeInstance &instance : all()) {
        if (instance.host == wanted)
            return &instance;
    }
    return nullptr;
}

} // namespace Config
