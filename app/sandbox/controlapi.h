#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/webhookanswers.h"

#include <QJsonObject>
#include <QList>

namespace Sandbox {

class SandboxServer;

// The endpoints that exist only on the sandbox, under /_sandbox/. No key, no rate limit, no
// faults: they are how tests and the console steer and inspect the sandbox.
//
//   GET  /_sandbox/keys                 demo keys [{name, key, permissions, revoked, allowed_ips}]
//   POST /_sandbox/keys                 add a key {name, key, permissions, revoked?, allowed_ips?}
//   GET  /_sandbox/faults, POST         read / change fault injection (only the keys sent change)
//   POST /_sandbox/reset                {"seed": "demo"|"empty"}: fresh state, counters, faults, log
//   GET  /_sandbox/state, PUT           the whole workspace as JSON / replace it
//   GET  /_sandbox/config, POST         read / change behaviour switches (delays, limits, ...)
//   GET  /_sandbox/requests?after=ID    what the sandbox received; DELETE clears
//   GET  /_sandbox/sent                 campaign triggers, sends and scheduled messages
//   GET  /_sandbox/exports/<id>         a segment export's file (JSON lines); 404 until it is ready
//   ANY  /_sandbox/webhooks/<anything>  records and echoes a webhook; GET /_sandbox/webhooks lists them
//   GET  /_sandbox/webhook-answers, POST, DELETE   what the receiver answers next (WebhookAnswers)
class ControlApi
{
public:
    static constexpr int WebhookCapacity = 200;

    explicit ControlApi(SandboxServer &server) : m_server(server) {}

    SandboxReply handle(const SandboxRequest &request, QString *note);

private:
    SandboxReply keys(const SandboxRequest &request);
    SandboxReply faults(const SandboxRequest &request);
    SandboxReply reset(const SandboxRequest &request);
    SandboxReply state(const SandboxRequest &request);
    SandboxReply config(const SandboxRequest &request);
    SandboxReply requests(const SandboxRequest &request);
    SandboxReply webhook(const SandboxRequest &request);
    SandboxReply webhookAnswers(const SandboxRequest &request);
    SandboxReply exportFile(const SandboxRequest &request);

    SandboxServer &m_server;
    QList<QJsonObject> m_webhooks;
    WebhookAnswers m_answers;
};

} // namespace Sandbox
