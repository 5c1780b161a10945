#pragma once

#include "clicommand.h"

// braze-cli render --template FILE --data FILE.json [--partials DIR] [--strict]
class RenderCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
