#pragma once

#include <QDialog>

class QComboBox;

// Preferences: the language of the user interface (system, English, German, French) and the
// appearance (system, light, dark), which applies at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_appearance;
};
