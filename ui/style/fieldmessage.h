#pragma once

#include <QLabel>

// The message under an input that says what is wrong with what was typed ("Enter a number"),
// in the error colour. Its line is kept when there is nothing to say, so the fields below do not
// move while the user types.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    // Empty: nothing wrong (the line stays, blank).
    void setMessage(const QString &message);
    QString message() const { return text(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void keepOneLine();
};
