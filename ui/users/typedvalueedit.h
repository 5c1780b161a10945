#pragma once

#include "users/attributetype.h"

#include <QWidget>

class FieldMessage;
class QComboBox;
class QLineEdit;

// A type chooser and a value field: the typed editor for attributes and event properties. What
// is typed is checked against the type at each keystroke: the field turns to the error colour,
// and the message stands below it (Below) or in its tooltip where rows must stay one line high
// (Inline, in a table).
class TypedValueEdit : public QWidget
{
    Q_OBJECT

public:
    enum class ProblemDisplay { Below, Inline };

    explicit TypedValueEdit(QWidget *parent = nullptr, ProblemDisplay display = ProblemDisplay::Below);

    Users::AttributeType type() const;
    void setType(Users::AttributeType type);
    QString text() const;
    // Shows a stored value with its type.
    void setValue(const QJsonValue &value);
    // The JSON to send, or undefined with *problem set.
    QJsonValue value(QString *problem) const;
    // What is wrong with the text typed so far; empty while it fits the type (or nothing is typed).
    QString problem() const;

signals:
    void edited();

private:
    void updatePlaceholder();
    void showProblem();

    QComboBox *m_type;
    QLineEdit *m_text;
    FieldMessage *m_message = nullptr;   // Below only
};
