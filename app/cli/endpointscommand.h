#pragma once

#include "cli/clicommand.h"

#include "braze/endpoints.h"

#include <QCoreApplication>

// braze-cli endpoints [--markdown]: every documented endpoint of the registry (app/braze/
// endpoints.cpp) with its permission, documented rate limit and whether `braze-cli call
// --example` has Braze's example for it. --markdown prints the table README's sandbox section
// holds (a test compares the two).
class EndpointsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EndpointsCommand)

public:
    QString name() const override { return QStringLiteral("endpoints"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

    // "250,000 per hour, shared by most endpoints", "50 per minute (bucket catalogs.sync)", "none".
    static QString rateLimitText(const Braze::EndpointInfo &info);
};
