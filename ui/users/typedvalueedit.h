#pragma once

#include "users/attributetype.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

// A type chooser and a value field: the typed editor for attributes and event properties.
class TypedValueEdit : public QWidget
{
    Q_OBJECT

public:
    explicit TypedValueEdit(QWidget *parent = nullptr);

    AttributeType type() const;
    void setType(AttributeType type);
    QString text() const;
    // Shows a stored value with its type.
    void setValue(const QJsonValue &value);
    // The JSON to send, or undefined with *problem set.
    QJsonValue value(QString *problem) const;

signals:
    void edited();

private:
    void updatePlaceholder();

    QComboBox *m_type;
    QLineEdit *m_text;
};
