#include "cli/clicommand.h"
#include "cli/commandregistry.h"
#include "core.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// Qt's French catalogue lacks the help option's texts; the console's catalogues carry them.
[[maybe_unused]] constexpr const char *QtHelpTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

// braze-cli: every test action of the console, without a window. Secrets come from the
// environment (BRAZE_API_KEY), never from the command line, so they stay out of shell history.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Console::initialise(app, qEnvironmentVariable("BRAZE_CONSOLE_LANGUAGE"));

    const auto commands = allCliCommands();
    const QStringList arguments = QCoreApplication::arguments();

    if (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'))) {
        const QString name = arguments.at(1);
        for (const auto &command : commands) {
            if (command->name() == name) {
                QStringList rest = arguments.mid(2);
                rest.prepend(QStringLiteral("braze-cli ") + name);
                // QCommandLineParser's help begins "Usage: " + argv[0]: a sub-command's help (and the
                // man page's SYNOPSIS made from it) must read "braze-cli run [options] workflow",
                // not the path the program was started from. arguments() reads argv anew.
                QByteArray usageName = rest.constFirst().toLocal8Bit();
                argv[0] = usageName.data();
                return command->run(rest);
            }
        }
        QTextStream(stderr) << QCoreApplication::translate("braze-cli", "braze-cli: unknown command '%1'; see braze-cli --help").arg(name) << '\n';
        return 2;
    }

    QCommandLineParser parser;
    QString description = QCoreApplication::translate("braze-cli", "Headless Braze console. Commands:") + QLatin1Char('\n');
    for (const auto &command : commands)
        description += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    description += QCoreApplication::translate("braze-cli", "Run 'braze-cli COMMAND --help' for a command's options. The API key is read from BRAZE_API_KEY.");
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    // For the bash completion and the man pages built from --help: the command names, one a line.
    QCommandLineOption listOption(QStringLiteral("list-commands"));
    listOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(listOption);
    parser.process(app);
    if (parser.isSet(listOption)) {
        QTextStream out(stdout);
        for (const auto &command : commands)
            out << command->name() << '\n';
        return 0;
    }
    parser.showHelp(arguments.size() > 1 ? 2 : 0);
}
