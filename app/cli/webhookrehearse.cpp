#include "cli/webhookrehearse.h"

#include "braze/brazeclient.h"
#include "sandbox/sandboxhost.h"
#include "webhook/rehearsal/deliveryrehearsal.h"
#include "webhook/rehearsal/receiverscript.h"
#include "webhook/rehearsal/scaledclock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

using namespace Webhook;
using namespace Sandbox;

namespace {

bool scriptSandbox(const QUrl &base, const QJsonArray &answers, QString *error)
{
    Braze::ClientConfig config;
    config.baseUrl = base;
    config.workspaceLabel = QStringLiteral("braze-cli");
    Braze::BrazeClient client(config);
    Braze::RequestHandle *handle = client.rawCall("POST", QLatin1String(ReceiverScript::ControlPath), ReceiverScript::controlBody(answers));
    Braze::ApiResult result;
    QEventLoop loop;
    QObject::connect(handle, &Braze::RequestHandle::finished, &loop, [&](const Braze::ApiResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.succeeded())
        *error = result.error.fullText();
    return result.succeeded();
}

} // namespace

int runRehearsal(const RenderedRequest &request, const QUrl &endpoint, const QString &answers, double speed,
                 QTextStream &out, QTextStream &err)
{
    QUrl target = endpoint;
    SandboxHost sandbox;
    if (!answers.isEmpty()) {
        QJsonArray script;
        if (!ReceiverScript::parse(answers, &script) || script.isEmpty()) {
            err << QCoreApplication::translate("WebhookCommand", "--sandbox-answers takes statuses, drop or hang separated by commas, e.g. 503,503,200.") << '\n';
            return 2;
        }
        QString error;
        if (!sandbox.startAndWait() || !scriptSandbox(sandbox.baseUrl(), script, &error)) {
            err << QCoreApplication::translate("WebhookCommand", "The sandbox could not start: %1").arg(sandbox.errorString() + error) << '\n';
            return 2;
        }
        target = sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/webhooks/rehearsal")));
    }
    ScaledClock clock(speed);
    DeliveryRehearsal rehearsal(&clock);
    QEventLoop loop;
    QObject::connect(&rehearsal, &DeliveryRehearsal::attemptStarted, &loop, [&](int number, qint64 atMs) {
        out << QCoreApplication::translate("WebhookCommand", "%1  attempt %2: %3 %4").arg(DeliveryRehearsal::clockText(atMs)).arg(number)
                   .arg(request.method, target.isValid() ? target.toString() : request.url)
            << Qt::endl;
    });
    QObject::connect(&rehearsal, &DeliveryRehearsal::attemptFinished, &loop, [&](const RehearsalAttempt &attempt) {
        out << DeliveryRehearsal::describe(attempt) << Qt::endl;
    });
    QObject::connect(&rehearsal, &DeliveryRehearsal::finished, &loop, &QEventLoop::quit);
    if (speed != 1.0)
        out << QCoreApplication::translate("WebhookCommand", "Rehearsal time runs %1 times faster than real time.").arg(speed) << '\n';
    rehearsal.start(request, target);
    loop.exec();
    out << rehearsal.verdictText() << '\n';
    return rehearsal.verdict() == DeliveryRehearsal::Verdict::Delivered ? 0 : 4;
}
