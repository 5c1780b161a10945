#include "shell/unsavedinput.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextEdit>
#include <QWidget>

namespace {

// The control's place below `page`: each step the object's name (or class) and its index among
// the siblings that share it, so two builds of a page give their controls the same places.
QString placeOf(const QWidget *page, const QWidget *control)
{
    QStringList steps;
    for (const QObject *o = control; o && o != page; o = o->parent()) {
        const QString name = o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
        int index = 0;
        if (const QObject *parent = o->parent()) {
            for (const QObject *sibling : parent->children()) {
                if (sibling == o)
                    break;
                const QString siblingName = sibling->objectName().isEmpty() ? QString::fromLatin1(sibling->metaObject()->className())
                                                                            : sibling->objectName();
                if (siblingName == name)
                    ++index;
            }
        }
        steps.prepend(name + QLatin1Char('#') + QString::number(index));
    }
    return steps.join(QLatin1Char('/'));
}

bool isOwnPart(const QWidget *w)
{
    // A combo box's or spin box's line edit is read through its owner.
    return qobject_cast<const QComboBox *>(w->parentWidget()) || qobject_cast<const QAbstractSpinBox *>(w->parentWidget());
}

// What `w` shows that the user may have typed or chosen; invalid for anything else.
QVariant valueOf(const QWidget *w)
{
    if (isOwnPart(w))
        return {};
    if (auto *line = qobject_cast<const QLineEdit *>(w))
        return line->isReadOnly() ? QVariant() : QVariant(line->text());
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return plain->isReadOnly() ? QVariant() : QVariant(plain->toPlainText());
    if (auto *rich = qobject_cast<const QTextEdit *>(w))
        return rich->isReadOnly() ? QVariant() : QVariant(rich->toPlainText());
    if (auto *combo = qobject_cast<const QComboBox *>(w))
        return combo->isEditable() ? QVariant(combo->currentText()) : QVariant(combo->currentIndex());
    if (auto *spin = qobject_cast<const QSpinBox *>(w))
        return spin->value();
    if (auto *date = qobject_cast<const QDateTimeEdit *>(w))
        return date->dateTime();
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->isCheckable() ? QVariant(button->isChecked()) : QVariant();
    if (auto *tabs = qobject_cast<const QTabWidget *>(w))
        return tabs->currentIndex();
    return {};
}

void setValue(QWidget *w, const QVariant &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->setText(value.toString());
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        plain->setPlainText(value.toString());
    else if (auto *rich = qobject_cast<QTextEdit *>(w))
        rich->setPlainText(value.toString());
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        combo->isEditable() ? combo->setCurrentText(value.toString()) : combo->setCurrentIndex(value.toInt());
    else if (auto *spin = qobject_cast<QSpinBox *>(w))
        spin->setValue(value.toInt());
    else if (auto *date = qobject_cast<QDateTimeEdit *>(w))
        date->setDateTime(value.toDateTime());
    else if (auto *button = qobject_cast<QAbstractButton *>(w))
        button->setChecked(value.toBool());
    else if (auto *tabs = qobject_cast<QTabWidget *>(w))
        tabs->setCurrentIndex(value.toInt());
}

// Choices first: choosing (a workflow, a kind of identifier) may build the fields typed into.
bool isChoice(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QTabWidget *>(w) || qobject_cast<const QAbstractButton *>(w);
}

} // namespace

UnsavedInput UnsavedInput::read(QWidget *page)
{
    UnsavedInput input;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (const QVariant value = valueOf(w); value.isValid())
            input.m_values.insert(placeOf(page, w), value);
    }
    return input;
}

void UnsavedInput::giveBack(QWidget *page) const
{
    for (bool choices : {true, false}) {
        // Looked up again on each pass, and followed by guards: a choice may rebuild (delete and
        // create) part of the page.
        const QList<QWidget *> found = page->findChildren<QWidget *>();
        const QList<QPointer<QWidget>> controls(found.cbegin(), found.cend());
        for (QWidget *w : controls) {
            if (!w || isChoice(w) != choices)
                continue;
            const auto typed = m_values.constFind(placeOf(page, w));
            if (typed != m_values.cend() && valueOf(w).isValid() && valueOf(w) != *typed)
                setValue(w, *typed);
        }
    }
}
