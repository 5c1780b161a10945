#include "braze/requestorigin.h"

#include <QCoreApplication>
#include <array>

namespace Braze {

namespace {

struct KindName
{
    RequestOrigin::Kind kind;
    const char *key;
};

constexpr std::array<KindName, 8> KindNames{{
    {RequestOrigin::Kind::Other, "other"},
    {RequestOrigin::Kind::PermissionCheck, "permission-check"},
    {RequestOrigin::Kind::Workflow, "workflow"},
    {RequestOrigin::Kind::TestUsers, "test-users"},
    {RequestOrigin::Kind::WebhookTest, "webhook-test"},
    {RequestOrigin::Kind::Composer, "composer"},
    {RequestOrigin::Kind::Replay, "replay"},
    {RequestOrigin::Kind::CommandLine, "command-line"},
}};

} // namespace

RequestOrigin RequestOrigin::workflow(const QString &workflowTitle, int stepNumber, const QString &stepTitle)
{
    RequestOrigin origin;
    origin.kind = Kind::Workflow;
    origin.detail = QCoreApplication::translate("Braze::RequestOrigin", "%1, step %2: %3").arg(workflowTitle).arg(stepNumber).arg(stepTitle);
    return origin;
}

QString RequestOrigin::label() const
{
    switch (kind) {
    case Kind::PermissionCheck: return QCoreApplication::translate("Braze::RequestOrigin", "Permission check (harmless)");
    case Kind::Workflow: return detail.isEmpty() ? QCoreApplication::translate("Braze::RequestOrigin", "Workflow") : QCoreApplication::translate("Braze::RequestOrigin", "Workflow: %1").arg(detail);
    case Kind::TestUsers: return QCoreApplication::translate("Braze::RequestOrigin", "Test users");
    case Kind::WebhookTest: return QCoreApplication::translate("Braze::RequestOrigin", "Webhook test");
    case Kind::Composer: return QCoreApplication::translate("Braze::RequestOrigin", "Request composer");
    case Kind::Replay: return QCoreApplication::translate("Braze::RequestOrigin", "Sent again");
    case Kind::CommandLine: return QCoreApplication::translate("Braze::RequestOrigin", "Command line");
    case Kind::Other: break;
    }
    return QCoreApplication::translate("Braze::RequestOrigin", "Console");
}

QString RequestOrigin::key() const
{
    for (const KindName &name : KindNames) {
        if (name.kind == kind)
            return QString::fromLatin1(name.key);
    }
    return QStringLiteral("other");
}

RequestOrigin::Kind RequestOrigin::kindFromKey(const QString &key)
{
    for (const KindName &name : KindNames) {
        if (key == QLatin1String(name.key))
            return name.kind;
    }
    return Kind::Other;
}

} // namespace Braze
