#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

// Answers the next message box the code under test opens (they are modal: exec() runs its own
// event loop, in which this timer finds the box and clicks the button). Returns the timer, which
// counts the boxes it answered in its "answered" property.
inline QTimer *answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->button(button))
            return;
        if (text)
            *text = box->text();
        timer->stop();
        timer->setProperty("answered", timer->property("answered").toInt() + 1);
        box->button(button)->click();
    });
    timer->start();
    return timer;
}
