#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

// braze-cli workspace list|add|update|remove|import|export: the Workspaces page without a
// window. The same file (WorkspaceStore), the same rules (WorkspaceReview, WorkspaceValidator)
// and the same messages as the editor; the key comes from BRAZE_API_KEY into the keychain.
// Exit status 2: the input was refused and nothing was changed.
class WorkspaceCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)

public:
    QString name() const override { return QStringLiteral("workspace"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
