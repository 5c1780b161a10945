#include "shell/dialogmnemonics.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QSet>

void DialogMnemonics::install()
{
    static DialogMnemonics *filter = nullptr;
    if (filter)
        return;
    filter = new DialogMnemonics(qApp);
    qApp->installEventFilter(filter);
}

void DialogMnemonics::assign(QDialogButtonBox *box)
{
    QSet<QChar> taken;
    const QList<QAbstractButton *> buttons = box->buttons();
    for (const QAbstractButton *button : buttons) {
        const QString text = button->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < text.size())
            taken.insert(text.at(amp + 1).toLower());
    }
    for (QAbstractButton *button : buttons) {
        QString text = button->text();
        if (text.contains(QLatin1Char('&')))
            continue;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isLetter() && !taken.contains(text.at(i).toLower())) {
                taken.insert(text.at(i).toLower());
                text.insert(i, QLatin1Char('&'));
                button->setText(text);
                break;
            }
        }
    }
}

bool DialogMnemonics::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        if (auto *box = qobject_cast<QDialogButtonBox *>(watched))
            assign(box);
    }
    return QObject::eventFilter(watched, event);
}
