#pragma once

#include "users/useraction.h"

#include <QWidget>

class FieldMessage;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The exact request an action will send (method, path, pretty JSON body), what is still
// missing, and the button that sends it.
class RequestPreview : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPreview(QWidget *parent = nullptr);

    void showAction(const Users::UserAction &action);
    void setBusy(bool busy);

signals:
    void sendRequested();

private:
    void updateButton();

    QLabel *m_requestLine;
    QPlainTextEdit *m_body;
    FieldMessage *m_problems;
    QPushButton *m_send;
    bool m_ready = false;
    bool m_busy = false;
};
