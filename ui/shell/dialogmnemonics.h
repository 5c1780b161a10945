#pragma once

#include <QObject>

class QDialogButtonBox;

// Every dialog's buttons get a mnemonic (Alt+letter) where the platform's standard text has none
// ("OK", "Cancel" on most desktops): the first letter of the text not yet taken in that box.
// Installed once for the application; message boxes are covered through their button box.
class DialogMnemonics : public QObject
{
    Q_OBJECT

public:
    static void install();
    static void assign(QDialogButtonBox *box);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
