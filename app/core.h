#pragma once

#include <QString>

class QCoreApplication;

namespace Console {

// Names the application (for settings and data folders) and loads the translation for the
// chosen language: the override if given, else the one picked in Preferences, else the system
// locale. Both executables call it first.
void initialise(QCoreApplication &app, const QString &languageOverride = {});

} // namespace Console
