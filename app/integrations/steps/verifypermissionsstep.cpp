#include "integrations/steps/verifypermissionsstep.h"

#include "integrations/stepargs.h"

#include "braze/permissions/permissionprobe.h"

#include <QTimer>

namespace Integrations {

VerifyPermissionsStep::VerifyPermissionsStep(QObject *parent)
    : Step(parent)
{
}

void VerifyPermissionsStep::start(const StepContext &context)
{
    m_permissions = StepArgs::textList(context.args, QStringLiteral("permissions"));
    m_probe = context.environment.probe;
    if (!m_probe) {
        if (!context.environment.client) {
            QTimer::singleShot(0, this, [this] {
                m_done = true;
                emit finished(StepResult::failed(tr("No connection to Braze is set up for this workspace.")));
            });
            return;
        }
        m_probe = new Braze::PermissionProbe(context.environment.client, this);
    }
    connect(m_probe, &Braze::PermissionProbe::progressed, this, [this](int done, int total) {
        emit progress(tr("Checked %1 of %2 permissions").arg(done).arg(total));
    });
    connect(m_probe, &Braze::PermissionProbe::finished, this, &VerifyPermissionsStep::evaluate);
    if (!m_probe->isRunning())
        m_probe->start();
}

void VerifyPermissionsStep::evaluate()
{
    if (m_done)
        return;
    m_done = true;
    StepResult r = StepResult::passed(QStringLiteral("granted"), tr("The key holds all %n permission(s).", nullptr, int(m_permissions.size())));
    QStringList missing, unknown;
    for (const QString &permission : m_permissions) {
        const Braze::PermissionState state = m_probe->model()->state(permission);
        const bool granted = state == Braze::PermissionState::Granted;
        r.checks.append({permission, Braze::PermissionTableModel::stateText(Braze::PermissionState::Granted),
                         Braze::PermissionTableModel::stateText(state), granted, {}});
        if (state == Braze::PermissionState::Missing)
            missing.append(permission);
        else if (!granted)
            unknown.append(permission);
    }
    if (!missing.isEmpty()) {
        const QList<StepCheck> checks = r.checks;
        r = StepResult::failed(tr("The key lacks: %1.").arg(missing.join(QStringLiteral(", "))),
                               tr("In Braze, open Settings › APIs and Identifiers › API Keys, edit the key and tick the missing permissions."));
        r.outcome = QStringLiteral("missing");
        r.checks = checks;
    } else if (!unknown.isEmpty()) {
        r.outcome = QStringLiteral("unknown");
        r.summary = tr("Granted as far as can be checked; unknown: %1.").arg(unknown.join(QStringLiteral(", ")));
    }
    emit finished(r);
}

void VerifyPermissionsStep::cancel()
{
    if (m_done)
        return;
    m_done = true;
    StepResult r;
    r.status = StepResult::Status::Cancelled;
    emit finished(r);
}

} // namespace Integrations
