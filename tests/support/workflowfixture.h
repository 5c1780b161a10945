#pragma once

#include "integrations/partnerdescription.h"
#include "integrations/workflowrunner.h"
#include "sandboxfixture.h"

#include <functional>

namespace TestSupport {

// A sandbox fixture that also knows the embedded partner descriptions and runs a partner's
// workflow against the sandbox, as the Workflows tab and `braze-cli run` do.
class WorkflowFixture : public SandboxFixture
{
public:
    explicit WorkflowFixture(const Sandbox::SandboxHost::Options &options = {});

    const QList<Integrations::PartnerDescription> &partners() const { return m_partners; }
    QStringList loadErrors() const { return m_loadErrors; }
    const Integrations::PartnerDescription &partner(const QString &id) const;

    // Runs a workflow ("partner.workflow") to the end with the partner's sandbox configuration
    // (changed by configOverrides) and returns the finished runner, owned by the fixture.
    Integrations::WorkflowRunner *run(const char *key, const QString &workflowId, const QHash<QString, QString> &params = {},
                                      const QJsonObject &configOverrides = {}, int timeoutMs = 15000,
                                      const std::function<void(Integrations::WorkflowRunner *)> &beforeStart = {});

private:
    QObject m_owner;
    QList<Integrations::PartnerDescription> m_partners;
    QStringList m_loadErrors;
};

} // namespace TestSupport
