#pragma once

class QString;
class QWidget;

// Tells screen readers about a result that appears where the focus is not (a workflow's verdict,
// an error, "Copied"), as a live region does on the web: an alert from the widget that shows it,
// carrying the text. Qt 6.4 has no announcement event; assistive tools read alerts aloud.
namespace Announcer {

void announce(QWidget *source, const QString &text);

} // namespace Announcer
