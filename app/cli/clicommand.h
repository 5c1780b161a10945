#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// One sub-command of braze-cli ("render", "sandbox", "probe", ...). A command parses its own
// arguments with QCommandLineParser and returns the process exit status. Commands that talk to
// the network run an event loop of their own inside run().
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // One line for `braze-cli --help`.
    virtual QString summary() const = 0;
    // arguments[0] is "braze-cli NAME", as QCommandLineParser expects a program name first.
    virtual int run(const QStringList &arguments) = 0;
};
