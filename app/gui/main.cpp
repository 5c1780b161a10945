#include "core.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("braze-console", "Set up, preview and test Braze partner integrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QCoreApplication::translate("braze-console", "User interface language (en, de, fr); overrides Preferences."),
        QStringLiteral("language"));
    parser.addOption(languageOption);
    // Version and help need the application name set before parsing.
    Console::initialise(app, parser.parse(app.arguments()) ? parser.value(languageOption) : QString());
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
