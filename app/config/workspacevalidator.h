#pragma once

#include "config/fieldcheck.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace Config {

// The rules a workspace's fields follow. Messages are written for marketers: they say what is
// wrong and what to do.
class WorkspaceValidator
{
    Q_DECLARE_TR_FUNCTIONS(Config::WorkspaceValidator)

public:
    // localhost, 127.0.0.0/8, ::1: this computer (the built-in sandbox, a local proxy).
    static bool isLoopbackHost(const QString &host);

    static FieldCheck checkName(const QString &name, const QStringList &otherNames);

    // https only, except plain http to a loopback address (the sandbox, a local proxy). A host that
    // is not one of Braze's REST hosts needs the user's confirmation.
    static FieldCheck checkEndpoint(const QString &text);
    // The endpoint as it is stored: trimmed, without a trailing slash or path.
    static QUrl normalisedEndpoint(const QString &text);

    // Braze documents no key format, so the check refuses only what is certainly wrong: whitespace
    // inside the key, quotes around it, a pasted "Bearer " prefix, characters a key never has, a
    // key far too short. Leading and trailing whitespace is trimmed first, not refused.
    static FieldCheck checkApiKey(const QString &text);
    static QString normalisedApiKey(const QString &text);

    // App IDs are identifiers of the same shape as keys; empty is allowed.
    static FieldCheck checkAppId(const QString &text);

    // Notes hold at most Workspace::MaxNotesLength characters.
    static FieldCheck checkNotes(const QString &text);
};

} // namespace Config
