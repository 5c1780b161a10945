#include "config/appsettings.h"

#include <QStringList>

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString AppearanceKey = QStringLiteral("ui/appearance");
const QStringList Appearances{QStringLiteral("light"), QStringLiteral("dark")};
}

AppSettings::AppSettings() = default;

QString AppSettings::language() const
{
    const QString language = m_settings.value(LanguageKey).toString();
    return supportedLanguages().contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, supportedLanguages().contains(language) ? language : QString());
}

QString AppSettings::appearance() const
{
    const QString appearance = m_settings.value(AppearanceKey).toString();
    return Appearances.contains(appearance) ? appearance : QString();
}

void AppSettings::setAppearance(const QString &appearance)
{
    m_settings.setValue(AppearanceKey, Appearances.contains(appearance) ? appearance : QString());
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}
