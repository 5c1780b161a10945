#pragma once

#include <QHash>
#include <QString>

// Where each value of a valid JSON text starts, by its path as validation issues name fields
// ("attributes[0].phone", "recipients[2]"; the root is ""), so a finding about a value can be
// shown at its line and column. QJsonDocument keeps no positions.
class JsonLocator
{
public:
    explicit JsonLocator(const QString &text);

    // The offset of the value at `path` in the text, or of the closest enclosing value that is
    // known; 0 when none is.
    qsizetype offsetOf(const QString &path) const;
    // The offset of the key that names the value at `path` ("attributes[0].$score": its "$score"),
    // or offsetOf(path) when the value is not an object member.
    qsizetype keyOffsetOf(const QString &path) const;

private:
    void value(const QString &path);
    void skipSpace();
    void skipString();

    const QString m_text;
    qsizetype m_at = 0;
    QHash<QString, qsizetype> m_offsets;
    QHash<QString, qsizetype> m_keyOffsets;
};
