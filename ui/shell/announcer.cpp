#include "shell/announcer.h"

#include <QAccessible>
#include <QString>
#include <QTextDocumentFragment>
#include <QWidget>

namespace Announcer {

namespace {
Spy *listening = nullptr;
}

void send(QAccessibleEvent &event)
{
    if (listening) {
        QAccessibleInterface *accessible = event.accessibleInterface();
        listening->m_heard.append({event.type(), event.object(), accessible ? accessible->text(QAccessible::Name) : QString(),
                                   accessible ? accessible->text(QAccessible::Description) : QString()});
    }
    QAccessible::updateAccessibility(&event);
}

void announce(QWidget *source, const QString &text)
{
    if (!source || text.isEmpty())
        return;
    // Rich text (a verdict in bold) is read as its words.
    const QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    source->setAccessibleDescription(plain);
    QAccessibleEvent changed(source, QAccessible::DescriptionChanged);
    send(changed);
    QAccessibleEvent alert(source, QAccessible::Alert);
    send(alert);
}

Spy::Spy()
{
    listening = this;
}

Spy::~Spy()
{
    if (listening == this)
        listening = nullptr;
}

QStringList Spy::alerts() const
{
    QStringList texts;
    for (const Heard &heard : m_heard) {
        if (heard.event == QAccessible::Alert)
            texts << heard.description;
    }
    return texts;
}

} // namespace Announcer
