#pragma once

#include "webhook/previewuser.h"
#include "webhook/webhooktemplate.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Two users' requests side by side with the lines that differ marked: two users of an audience,
// or one user before and after an edit of their attributes (the right user is editable JSON).
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(const Webhook::WebhookTemplate &webhook, QWidget *parent = nullptr);

    void setLeftUser(const Webhook::PreviewUser &user);
    void setRightUser(const Webhook::PreviewUser &user);
    // Renders the right side again from the JSON in its editor; false (with a message) when
    // the JSON is not a user.
    bool applyRightJson();

    QPlainTextEdit *leftView() const { return m_left; }
    QPlainTextEdit *rightView() const { return m_right; }
    QPlainTextEdit *rightUserEditor() const { return m_rightJson; }
    QLabel *summaryLabel() const { return m_summary; }
    // Lines of the right request marked as different.
    QList<int> markedRightLines() const { return m_markedRight; }

private:
    void refresh();

    Webhook::WebhookTemplate m_template;
    Webhook::PreviewUser m_leftUser;
    Webhook::PreviewUser m_rightUser;
    bool m_hasLeft = false;
    bool m_hasRight = false;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QPlainTextEdit *m_rightJson;
    QPushButton *m_apply;
    QLabel *m_summary;
    QList<int> m_markedRight;
};
