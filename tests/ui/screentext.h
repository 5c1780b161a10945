#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// Every text a user can read on a widget tree: labels, buttons, group titles, tabs, tool tips,
// placeholders, table headers, list and combo box entries, menu entries. Each text carries the
// path of the widget it sits on (class names and sibling indexes), so the same window built in
// two languages can be compared text by text.
struct ScreenText
{
    QString path;
    QString text;
};

namespace ScreenTexts {

// The texts of `root` and every widget below it that is shown, or would be shown when its tab
// or stacked page is selected.
QList<ScreenText> collect(QWidget *root);

// True when `text` reads the same in English and in `language` for a good reason: it holds no
// word, or only names (Braze, Quikly), technical tokens (users.track, JSON, $BRAZE_API_KEY) and
// words the language shares with English ("Workspace" in German).
bool mayReadAsEnglish(const QString &text, const QString &language);

} // namespace ScreenTexts
