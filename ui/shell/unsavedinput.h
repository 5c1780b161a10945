#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

class QWidget;

// What the user has typed, chosen or ticked on a page (fields, choices, check boxes, the tab in
// front), read from one build of the page and given back to another build of it: a change of
// language builds the pages again in the new language, and nothing typed may be lost on the way.
// Controls are matched by their place in the page (object names and positions among siblings).
class UnsavedInput
{
public:
    static UnsavedInput read(QWidget *page);
    // Gives every value back whose control exists on `page` and shows something else.
    void giveBack(QWidget *page) const;

    bool isEmpty() const { return m_values.isEmpty(); }

private:
    QHash<QString, QVariant> m_values;   // control's place -> its value
};
