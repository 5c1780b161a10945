#pragma once

#include <QSettings>
#include <QString>

// The console's own preferences (not the workspaces), typed, in the platform's settings store.
class AppSettings
{
public:
    AppSettings();

    // "" follows the system locale; otherwise "en", "de" or "fr".
    QString language() const;
    void setLanguage(const QString &language);

    // "" follows the desktop; otherwise "light" or "dark".
    QString appearance() const;
    void setAppearance(const QString &appearance);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    static QStringList supportedLanguages();

private:
    QSettings m_settings;
};
