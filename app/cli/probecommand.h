#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

// braze-cli probe --endpoint URL: which permissions the key in BRAZE_API_KEY has, found with
// calls that change nothing in the workspace.
class ProbeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    QString name() const override { return QStringLiteral("probe"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
