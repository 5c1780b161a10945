#pragma once

#include <QString>

class QCoreApplication;

namespace Console {

// Loads the translation for the chosen language (empty: the system locale) into the
// application, and makes the embedded resources available. Both executables call it first.
void initialise(QCoreApplication &app, const QString &languageOverride = {});

} // namespace Console
