#pragma once

#include <QString>

class QApplication;

// Light, dark or the system's look, switched while the console runs. Every mode uses Fusion
// with the focus ring of FocusRingStyle, so the look is the same on every desktop; "system"
// keeps the desktop's palette.
namespace Appearance {

// "" (the system's), "light" or "dark"; anything else counts as "".
void apply(const QString &mode);

} // namespace Appearance
