#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Sandbox {

// What the sandbox answers, before the HTTP adapter writes it. Besides status, headers and body
// it carries how to deliver it, which is how injected faults (latency, dropped connections,
// truncated or trickling bodies) reach the wire.
struct SandboxReply
{
    enum class Delivery { Normal, Drop, Truncate, Trickle };

    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
    int trickleChunkBytes = 16;
    int trickleIntervalMs = 50;

    void setHeader(const QByteArray &name, const QByteArray &value);

    static SandboxReply json(int status, const QJsonObject &object);
    // {"message": text}, the shape of every Braze error.
    static SandboxReply message(int status, const QString &text);
    static SandboxReply success(int status, QJsonObject fields = {});
};

} // namespace Sandbox
