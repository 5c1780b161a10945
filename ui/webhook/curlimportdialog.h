#pragma once

#include "webhook/curlimport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// "Import a cURL command": the marketer pastes a partner's cURL example and sees what the new
// template will hold (method, URL, headers, body) and which credential goes to the keychain as a
// partner secret; Create is offered only for a command the console can read. The credential is
// masked in the pasted command as soon as it is read (and the editor's undo history dropped), so
// the token is never on screen: it only reaches the keychain, on Create.
class CurlImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CurlImportDialog(QWidget *parent = nullptr);

    void setCommand(const QString &command);
    // Valid after accept(): the template and its secret.
    const Webhook::CurlImport &result() const { return m_import; }
    QPushButton *createButton() const { return m_create; }
    QLabel *messageLabel() const { return m_message; }

private:
    void parse();
    void showMasked(const QString &command);

    Webhook::CurlImport m_import;
    QString m_credential;   // what the mask in the command stands for
    QPlainTextEdit *m_command;
    QLabel *m_message;
    QPlainTextEdit *m_result;
    QPushButton *m_create;
};
