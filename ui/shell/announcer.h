#pragma once

#include <QAccessible>
#include <QList>
#include <QPointer>
#include <QString>

class QWidget;

// Tells screen readers about a result that appears where the focus is not (a workflow's verdict,
// an error, "Copied"), as a live region does on the web: an alert from the widget that shows it,
// carrying the text. Qt 6.4 has no announcement event; assistive tools read alerts aloud.
namespace Announcer {

void announce(QWidget *source, const QString &text);

// What a screen reader receives while it exists: every accessibility event an announcement
// sends, with the text the reader then finds on the source (its name and description). Qt
// delivers these events to the platform only while a reader is attached (QAccessible::isActive),
// so tests, which run without one, listen here.
class Spy
{
public:
    struct Heard
    {
        QAccessible::Event event;
        QPointer<QObject> source;
        QString name;
        QString description;
    };

    Spy();
    ~Spy();
    Spy(const Spy &) = delete;
    Spy &operator=(const Spy &) = delete;

    QList<Heard> heard() const { return m_heard; }
    // The texts read out: the description of each alert.
    QStringList alerts() const;
    void clear() { m_heard.clear(); }

private:
    friend void send(QAccessibleEvent &event);
    QList<Heard> m_heard;
};

} // namespace Announcer
