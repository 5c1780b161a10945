#pragma once

#include <QString>

class QCoreApplication;

namespace Console {

// Names the application (for settings and data folders) and loads the translation for the
// chosen language: the override if given, else the one picked in Preferences, else the system
// locale. Both executables call it first.
void initialise(QCoreApplication &app, const QString &languageOverride = {});

// Installs the catalogues of `language` ("en", "de", "fr"; empty: the system's) in place of the
// ones installed before, and makes it QLocale's default. Widgets re-translate on the
// QEvent::LanguageChange this sends. False when the language has no catalogue.
bool useLanguage(const QString &language);

// Where the built-in sandbox keeps its state between runs: one file shared by the console and
// braze-cli, so a rehearsal continues in either (call after initialise(); the folder is created).
QString sandboxStateFile();

} // namespace Console
