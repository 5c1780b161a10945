#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

// `braze-cli sandbox`: runs the local Braze imitation in the foreground until Ctrl+C, logging
// one line per request. Loopback only unless --bind says otherwise.
class SandboxCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
