#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

// Preferences: the language of the user interface (system, English, German, French), the
// appearance (system, light, dark), which applies at once, and whether the request log is kept
// between runs.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_appearance;
    QCheckBox *m_keepRequestLog;
};
