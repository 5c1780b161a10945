#pragma once

#include "webhook/webhooktemplate.h"

#include <QTextStream>

// braze-cli webhook preview --users FILE.jsonl --summary [--json]: the console's audience preview
// headless. Exit status: 0 every readable user renders (sent or deliberately aborted), 1 some
// users are broken or lines unreadable, 2 the users file cannot be read.
int runAudienceSummary(const Webhook::WebhookTemplate &webhook, const QString &usersPath, bool json,
                       QTextStream &out, QTextStream &err);
