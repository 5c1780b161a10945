#include "cli/probecommand.h"

#include "cli/brazeendpointoption.h"
#include "braze/brazeclient.h"
#include "braze/permissions/partnerpermissions.h"
#include "braze/permissions/permissionprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

using namespace Braze;

QString ProbeCommand::summary() const
{
    return tr("Show which permissions the API key has (calls that change nothing)");
}

int ProbeCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks which REST API permissions the key in BRAZE_API_KEY has, using only calls "
                                        "that change nothing in the workspace, and prints the table."));
    parser.addHelpOption();
    BrazeEndpointOption::add(parser);
    parser.process(arguments);

    const auto target = BrazeEndpointOption::resolve(parser, err);
    if (!target)
        return 2;
    BrazeClient client(target->config);
    PermissionProbe probe(&client);
    QEventLoop loop;
    QObject::connect(&probe, &PermissionProbe::finished, &loop, &QEventLoop::quit);
    probe.start();
    if (probe.isRunning())
        loop.exec();

    const PermissionTableModel *model = probe.model();
    out << QStringLiteral("%1  %2  %3\n").arg(tr("Permission"), -26).arg(tr("State"), -8).arg(tr("Needed by"));
    int decided = 0;
    for (const PermissionTableModel::Row &row : model->rows()) {
        decided += row.state == PermissionState::Granted || row.state == PermissionState::Missing ? 1 : 0;
        out << QStringLiteral("%1  %2  %3\n").arg(row.permission, -26).arg(PermissionTableModel::stateText(row.state), -8)
                   .arg(row.neededBy.isEmpty() ? QStringLiteral("-") : row.neededBy.join(QStringLiteral(", ")));
        if (row.state != PermissionState::Granted)
            out << QStringLiteral("    ") << row.detail << '\n';
    }
    for (const PartnerRequirement &requirement : partnerRequirements()) {
        const QStringList open = model->notGrantedFor(requirement.partner);
        out << (open.isEmpty() ? tr("%1: every permission it needs is granted.").arg(requirement.partner)
                               : tr("%1: not confirmed: %2").arg(requirement.partner, open.join(QStringLiteral(", "))))
            << '\n';
    }
    // Nothing answered (a wrong endpoint, no network): the table says "unknown" everywhere, and
    // a script must not read that as success.
    if (decided == 0) {
        err << tr("No permission could be checked: the endpoint did not answer any check.") << '\n';
        return 1;
    }
    return 0;
}
