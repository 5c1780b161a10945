#pragma once

#include "clicommand.h"

// braze-cli golden FILE.json: runs a Golden Liquid conformance file through the engine.
class GoldenCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
