#include "webhook/connectedcontentstub.h"

#include <QJsonObject>

namespace Webhook {

bool ConnectedContentStub::matches(const QString &renderedUrl) const
{
    if (url.endsWith(QLatin1Char('*')))
        return renderedUrl.startsWith(QStringView(url).chopped(1));
    return renderedUrl == url;
}

QJsonArray ConnectedContentStub::toJson(const QList<ConnectedContentStub> &stubs)
{
    QJsonArray array;
    for (const ConnectedContentStub &stub : stubs) {
        QJsonObject headers;
        for (const auto &[name, value] : stub.headers)
            headers.insert(name, value);
        array.append(QJsonObject{{QStringLiteral("url"), stub.url},
                                 {QStringLiteral("status"), stub.status},
                                 {QStringLiteral("headers"), headers},
                                 {QStringLiteral("body"), stub.body}});
    }
    return array;
}

QList<ConnectedContentStub> ConnectedContentStub::fromJson(const QJsonArray &array)
{
    QList<ConnectedContentStub> stubs;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        ConnectedContentStub stub;
        stub.url = object.value(QLatin1String("url")).toString().trimmed();
        stub.status = object.value(QLatin1String("status")).toInt(200);
        const QJsonObject headers = object.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            stub.headers.append({it.key(), it.value().toString()});
        stub.body = object.value(QLatin1String("body")).toString();
        if (!stub.url.isEmpty() && stub.status >= 100 && stub.status <= 599)
            stubs.append(stub);
    }
    return stubs;
}

} // namespace Webhook
