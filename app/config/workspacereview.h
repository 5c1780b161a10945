#pragma once

#include "config/workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Config {

// A workspace that arrives from outside the editor (an imported file, braze-cli workspace
// add/update) judged by exactly the editor's rules: name, endpoint (https only, except plain
// http to this computer; a host that is not Braze's needs the user's confirmation) and App ID.
// Nothing the outside says about itself is trusted: a "confirmedCustomHost", a sandbox flag or
// a sandbox key in the file are dropped.
class WorkspaceReview
{
    Q_DECLARE_TR_FUNCTIONS(Config::WorkspaceReview)

public:
    enum class Verdict {
        Accepted,
        NeedsConfirmation,   // the endpoint's host is not one of Braze's: ask, as the editor does
        Refused,
    };

    struct Entry
    {
        Workspace workspace;   // normalised: trimmed name, endpoint without trailing slash
        Verdict verdict = Verdict::Accepted;
        QString reason;        // why it was refused or what needs confirming
    };

    // otherNames: the names already taken. confirmedHost: a host the user confirmed (the
    // editor's checkbox, braze-cli's --allow-custom-host); empty for none.
    static Entry check(Workspace workspace, const QStringList &otherNames, const QString &confirmedHost = {});

    // Every imported workspace, names made unique against the existing ones and each other
    // ("Production (2)"), as the import has always done.
    static QList<Entry> review(const QList<Workspace> &imported, const QStringList &existingNames);

    // "“Production”: <reason>", for lists of what was refused.
    static QString describe(const Entry &entry);
};

} // namespace Config
