#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

// braze-cli render --template FILE --data FILE.json [--partials DIR] [--strict]
class RenderCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
