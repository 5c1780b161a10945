#pragma once

#include "integrations/step.h"

#include <QPointer>

namespace Braze {
class PermissionProbe;
}

namespace Integrations {

// verify-permissions: asks the permission probe (harmless calls only) and passes when the key
// holds every permission listed in "permissions"; one check line per permission.
class VerifyPermissionsStep : public Step
{
    Q_OBJECT

public:
    explicit VerifyPermissionsStep(QObject *parent = nullptr);

    void start(const StepContext &context) override;
    void cancel() override;

private:
    void evaluate();

    QStringList m_permissions;
    QPointer<Braze::PermissionProbe> m_probe;
    bool m_done = false;
};

} // namespace Integrations
