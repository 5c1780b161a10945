#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

// braze-cli integration show|set PARTNER [FIELD=VALUE ...] [--workspace W]: a partner's
// Settings tab without a window. The values are the ones every page reads (PartnerConfigStore),
// checked by the same rules (FieldValidator); secrets come from BRAZE_SECRET_<PARTNER>_<FIELD>
// into the same keychain entry the webhook builder uses. Exit status 2: refused, nothing saved.
class IntegrationCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationCommand)

public:
    QString name() const override { return QStringLiteral("integration"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
