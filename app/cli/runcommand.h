#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

// braze-cli run PARTNER.WORKFLOW --endpoint URL [--param name=value ...] [--config name=value ...]
// Runs one partner workflow headless, printing each step and the verdict; exit status 0 when
// it passed. `braze-cli run --list` lists the workflows. The key comes from BRAZE_API_KEY.
class RunCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
