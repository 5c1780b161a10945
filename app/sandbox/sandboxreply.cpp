#include "sandbox/sandboxreply.h"

#include <QJsonDocument>

namespace Sandbox {

void SandboxReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

SandboxReply SandboxReply::json(int status, const QJsonObject &object)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::message(int status, const QString &text)
{
    return json(status, QJsonObject{{QStringLiteral("message"), text}});
}

SandboxReply SandboxReply::success(int status, QJsonObject fields)
{
    fields.insert(QStringLiteral("message"), QStringLiteral("success"));
    return json(status, fields);
}

} // namespace Sandbox
