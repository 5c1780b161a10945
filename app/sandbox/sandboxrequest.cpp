#include "sandbox/sandboxrequest.h"

#include <QUrl>

namespace Sandbox {

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QStringList SandboxRequest::queryValues(const QString &name) const
{
    const QString arrayName = name + QStringLiteral("[]");
    QStringList values;
    for (const auto &item : queryItems) {
        if (item.first == name || item.first == arrayName)
            values << item.second;
    }
    return values;
}

QString SandboxRequest::queryValue(const QString &name) const
{
    const QStringList values = queryValues(name);
    return values.isEmpty() ? QString() : values.first();
}

bool SandboxRequest::hasQuery(const QString &name) const
{
    return !queryValues(name).isEmpty();
}

QList<QPair<QString, QString>> SandboxRequest::parseQuery(const QByteArray &rawQuery)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> parts = rawQuery.split('&');
    for (QByteArray part : parts) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');     // form decoding: Braze's own curl examples trip over this
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        items.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return items;
}

} // namespace Sandbox
