#include "shell/announcer.h"

#include <QAccessible>
#include <QString>
#include <QTextDocumentFragment>
#include <QWidget>

namespace Announcer {

void announce(QWidget *source, const QString &text)
{
    if (!source || text.isEmpty())
        return;
    // Rich text (a verdict in bold) is read as its words.
    const QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    source->setAccessibleDescription(plain);
    QAccessibleEvent changed(source, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent alert(source, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace Announcer
