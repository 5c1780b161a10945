#pragma once

#include <QObject>

// Hover help for Braze's jargon on every page: a label, button, group box title or table cell
// without a tooltip of its own that mentions a glossary term (alias-only profile, subscription
// group, E.164, permission, ...) explains it on hover, from the one translated glossary in
// app/help. Installed once on the application, so pages and dialogs need nothing of their own.
class GlossaryTips : public QObject
{
    Q_OBJECT

public:
    static void install();

    // The text of the widget (or of the item under pos, for item views) a glossary tooltip is for.
    static QString hoveredText(QWidget *widget, const QPoint &pos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
