#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

// braze-cli webhook preview|send|rehearse --template FILE.json|preset:ID --user FILE.json, import-curl
// Renders a webhook template for one user exactly as the console's preview does (or for a users
// file: the audience summary), sends it, rehearses Braze's delivery, or imports a cURL command.
// Partner secrets come from BRAZE_SECRET_<NAME> variables ([[secret:quikly/authorization]] ->
// BRAZE_SECRET_QUIKLY_AUTHORIZATION). Exit status: 0 done, 1 template or render error
// (LINE:COL: message), 2 usage or unreadable file, 3 the user would not be sent (abort_message),
// 4 the send failed or the receiver answered with a non-2xx status (rehearse: not delivered).
class WebhookCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WebhookCommand)

public:
    QString name() const override { return QStringLiteral("webhook"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
