#include "composer/jsonlocator.h"

JsonLocator::JsonLocator(const QString &text)
    : m_text(text)
{
    value(QString());
}

qsizetype JsonLocator::offsetOf(const QString &path) const
{
    QString at = path;
    while (!at.isEmpty()) {
        if (const auto it = m_offsets.constFind(at); it != m_offsets.cend())
            return *it;
        at.truncate(qMax(at.lastIndexOf(QLatin1Char('.')), at.lastIndexOf(QLatin1Char('['))));
    }
    return m_offsets.value(QString(), 0);
}

qsizetype JsonLocator::keyOffsetOf(const QString &path) const
{
    const auto it = m_keyOffsets.constFind(path);
    return it != m_keyOffsets.cend() ? *it : offsetOf(path);
}

void JsonLocator::skipSpace()
{
    while (m_at < m_text.size() && m_text.at(m_at).isSpace())
        ++m_at;
}

void JsonLocator::skipString()
{
    for (++m_at; m_at < m_text.size(); ++m_at) {
        if (m_text.at(m_at) == QLatin1Char('\\'))
            ++m_at;
        else if (m_text.at(m_at) == QLatin1Char('"'))
            break;
    }
    ++m_at;
}

// A recursive descent over text QJsonDocument has accepted; on anything unexpected it stops.
void JsonLocator::value(const QString &path)
{
    skipSpace();
    if (m_at >= m_text.size())
        return;
    m_offsets.insert(path, m_at);
    const QChar c = m_text.at(m_at);
    if (c == QLatin1Char('"')) {
        skipString();
    } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
        const bool object = c == QLatin1Char('{');
        const QChar close = object ? QLatin1Char('}') : QLatin1Char(']');
        ++m_at;
        for (int index = 0;; ++index) {
            skipSpace();
            if (m_at >= m_text.size() || m_text.at(m_at) == close)
                break;
            QString child;
            if (object) {
                const qsizetype keyStart = m_at + 1;
                skipString();
                // Keys are plain in every body Braze documents; an escaped key is located by its parent.
                const QString key = m_text.mid(keyStart, m_at - keyStart - 1);
                child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
                m_keyOffsets.insert(child, keyStart - 1);
                skipSpace();
                ++m_at;   // the colon
            } else {
                child = path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
            }
            const qsizetype before = m_at;
            value(child);
            if (m_at == before)
                return;
            skipSpace();
            if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char(','))
                ++m_at;
        }
        ++m_at;
    } else {
        while (m_at < m_text.size() && !m_text.at(m_at).isSpace() && m_text.at(m_at) != QLatin1Char(',')
               && m_text.at(m_at) != QLatin1Char('}') && m_text.at(m_at) != QLatin1Char(']'))
            ++m_at;
    }
}
