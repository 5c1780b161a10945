#pragma once

#include "webhook/webhooktemplate.h"

#include <QString>

namespace Webhook {

// Turns a cURL command as partners' documentation prints it into a new webhook template:
// method, URL, headers and body. The Authorization value (and -u user:password) is taken out
// and replaced by a partner secret placeholder, so the caller can put the value in the keychain;
// text that Liquid would read as its own ({{ and {%) is escaped so it is sent literally.
struct CurlImport
{
    WebhookTemplate webhook;
    QString secretName;       // the placeholder's name, e.g. "quikly/authorization"; empty: none
    QString secretValue;      // what the keychain should hold (never written to the template)
    QString secretText;       // the credential as the command spells it (-u user:password, or the
                              // Authorization value's credential), so a dialog can hide it
    QStringList notes;        // options that were ignored, in words

    // False with *error (translated) when the text is not a cURL command the console can read.
    static bool parse(const QString &command, CurlImport *result, QString *error);
    // Words of a shell command line: quotes, backslashes and line continuations as sh reads them.
    static bool splitShellWords(const QString &command, QStringList *words, QString *error);
    // Text sent as it is even when rendered as Liquid.
    static QString escapeLiquid(const QString &text);
};

} // namespace Webhook
