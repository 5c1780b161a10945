#pragma once

#include "webhook/webhooktemplate.h"

#include <QString>

namespace Webhook::TemplateFile {

// Writes atomically (AtomicFileWriter): a crash mid-write leaves the old file, never half a template.
bool write(const QString &path, const WebhookTemplate &webhook, QString *error);
bool read(const QString &path, WebhookTemplate *webhook, QString *error);

} // namespace Webhook::TemplateFile
