#pragma once

#include "clicommand.h"

// braze-cli probe --endpoint URL: which permissions the key in BRAZE_API_KEY has, found with
// calls that change nothing in the workspace.
class ProbeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("probe"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
