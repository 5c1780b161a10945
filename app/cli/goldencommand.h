#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

// braze-cli golden FILE.json: runs a Golden Liquid conformance file through the engine.
class GoldenCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoldenCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
