#include "core.h"

#include "config/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QStandardPaths>
#include <QTranslator>

using namespace Config;

namespace Console {

void initialise(QCoreApplication &, const QString &languageOverride)
{
    QCoreApplication::setOrganizationName(QStringLiteral("braze-console"));
    QCoreApplication::setApplicationName(QStringLiteral("braze-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    // Honour the system proxy (environment variables on Linux, system settings elsewhere). Set
    // once here: it is application-wide, and changing it while requests run affects them all.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // The command line wins over Preferences, which win over the system locale.
    useLanguage(languageOverride.isEmpty() ? AppSettings().language() : languageOverride);
}

bool useLanguage(const QString &language)
{
    // One console and one Qt catalogue installed at a time, replaced on a change of language
    // (QEvent::LanguageChange then reaches every widget). English has a catalogue of its own
    // for the %n plurals ("1 workspace", "3 workspaces").
    static QTranslator *console = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **translator : {&console, &qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    console = new QTranslator(QCoreApplication::instance());
    const bool found = console->load(locale, QStringLiteral("braze-console"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(console);
    if (locale.language() == QLocale::English)
        return true;
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return found;
}

QString sandboxStateFile()
{
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataFolder);
    return dataFolder + QStringLiteral("/sandbox-state.json");
}

} // namespace Console
