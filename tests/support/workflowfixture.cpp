#include "workflowfixture.h"

#include "integrations/partnerconfigstore.h"
#include "integrations/partnerloader.h"
#include "integrations/stepregistry.h"

#include <QSignalSpy>

using namespace Integrations;

namespace TestSupport {

WorkflowFixture::WorkflowFixture(const Sandbox::SandboxHost::Options &options)
    : SandboxFixture(options)
{
    m_partners = PartnerLoader(StepRegistry::standard()).loadEmbedded(&m_loadErrors);
}

const PartnerDescription &WorkflowFixture::partner(const QString &id) const
{
    for (const auto &p : m_partners) {
        if (p.id == id)
            return p;
    }
    qFatal("no partner %s", qPrintable(id));
}

WorkflowRunner *WorkflowFixture::run(const char *key, const QString &workflowId, const QHash<QString, QString> &params,
                                     const QJsonObject &configOverrides, int timeoutMs,
                                     const std::function<void(WorkflowRunner *)> &beforeStart)
{
    const PartnerDescription &p = partner(workflowId.section(QLatin1Char('.'), 0, 0));
    RunEnvironment environment;
    environment.client = client(key);
    environment.sandbox = true;
    environment.endpoint = baseUrl().toString();
    environment.config = PartnerConfigStore::sandboxValues(p);
    for (auto it = configOverrides.begin(); it != configOverrides.end(); ++it)
        environment.config.insert(it.key(), it.value());
    auto *runner = new WorkflowRunner(p, *p.workflow(workflowId), environment, StepRegistry::standard(), &m_owner);
    const auto issues = runner->setParameters(params);
    if (!issues.isEmpty())
        qWarning() << "parameter problem" << issues.first().name << issues.first().message;
    QSignalSpy finished(runner, &WorkflowRunner::finished);
    if (beforeStart)
        beforeStart(runner);
    if (runner->start() && finished.isEmpty())
        finished.wait(timeoutMs);
    return runner;
}

} // namespace TestSupport
