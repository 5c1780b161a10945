#pragma once

#include <QString>

namespace Help {

// Which section of the user guide explains which page of the console (F1, Help › User guide).
// The one place that knows it; a test checks that every anchor exists in every language.
class PageSections
{
public:
    // pageId as the main window registers it; every partner page opens the partner section.
    static QString anchorFor(const QString &pageId, bool partnerPage);
    // The guide's first heading: for pages the guide has no section of their own for.
    static QString guideStart();
};

} // namespace Help
