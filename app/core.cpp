#include "core.h"

#include "config/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTranslator>

namespace Console {

void initialise(QCoreApplication &app, const QString &languageOverride)
{
    QCoreApplication::setOrganizationName(QStringLiteral("braze-console"));
    QCoreApplication::setApplicationName(QStringLiteral("braze-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    // Honour the system proxy (environment variables on Linux, system settings elsewhere). Set
    // once here: it is application-wide, and changing it while requests run affects them all.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // The command line wins over Preferences, which win over the system locale.
    const QString language = languageOverride.isEmpty() ? AppSettings().language() : languageOverride;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::English) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, QStringLiteral("braze-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(translator);
        auto *qtTranslator = new QTranslator(&app);
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
    }
    QLocale::setDefault(locale);
}

} // namespace Console
