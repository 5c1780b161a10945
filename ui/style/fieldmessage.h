#pragma once

#include "style/statuscolours.h"

#include <QLabel>

// The message beside or under an input that says what is wrong with it ("Enter a number"), in
// the error (or warning) colour. Its line is kept while there is nothing to say, so showing a
// message never moves the fields below from under the mouse; a message that appears is
// announced to screen readers, since the focus stays in the field.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    // Empty: nothing wrong (the line stays, blank).
    void setMessage(const QString &message, StatusColours::Role role = StatusColours::Role::Error);
    QString message() const { return text(); }
    // Room kept for this many lines (one unless the field's messages are long for its width).
    void reserveLines(int lines);

protected:
    void changeEvent(QEvent *event) override;

private:
    void keepRoom();

    int m_lines = 1;
};
