#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

// braze-cli call METHOD PATH --endpoint URL [--json FILE|-]: one validated raw call through
// the console's network layer; prints the status, the rate-limit headers and the body.
class CallCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CallCommand)

public:
    QString name() const override { return QStringLiteral("call"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
