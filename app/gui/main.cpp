#include "config/appsettings.h"
#include "consolesession.h"
#include "core.h"
#include "shell/mainwindow.h"
#include "style/appearance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

using namespace Config;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Window managers match the window to the installed menu entry (dist/unix) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.brazeconsole.BrazeConsole"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("braze-console", "Set up, preview and test Braze partner integrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QCoreApplication::translate("braze-console", "User interface language (en, de, fr); overrides Preferences."),
        QStringLiteral("language"));
    parser.addOption(languageOption);
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QCoreApplication::translate("braze-console", "Page to open: workspaces, quikly, smartersends, actioniq, outgrow, webhooks, users, requestlog, composer or starthere."),
        QStringLiteral("page"));
    parser.addOption(pageOption);
    // The version and the translations need the application's name before the options are processed.
    Console::initialise(app, parser.parse(app.arguments()) ? parser.value(languageOption) : QString());
    parser.process(app);
    Appearance::apply(AppSettings().appearance());

    // The embedded sandbox keeps the marketer's rehearsal across restarts.
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataFolder);
    ConsoleSession::Options options;
    options.sandboxStateFile = Console::sandboxStateFile();
    options.requestLogFile = dataFolder + QStringLiteral("/request-log.jsonl");
    ConsoleSession session(options);
    const QString problem = session.start();

    MainWindow window(session);
    if (parser.isSet(pageOption))
        window.showPage(parser.value(pageOption));
    else
        window.showStartHereUnlessDismissed();
    window.show();
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, problem] {
            QMessageBox::warning(&window, QCoreApplication::translate("braze-console", "Workspace settings"), problem);
        });
    }
    return app.exec();
}
