#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

class QCommandLineParser;
namespace Users { struct UserProfile; }

// braze-cli user show|set|event --endpoint URL (--external-id X | --email X | --phone X |
// --alias NAME:LABEL | --braze-id X): the test-user page without windows. `show` prints the
// profile as JSON; `set` (typed attributes) and `event` (custom event with typed properties)
// preview the request with --dry-run, or send it, read the profile again and print the changes.
class UserCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
