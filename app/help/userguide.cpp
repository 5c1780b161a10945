#include "help/userguide.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Help {

namespace {

// "### Title {#anchor}" with the anchor optional; only ATX headings, as the guides use.
const QRegularExpression HeadingPattern(QStringLiteral("^(#{1,6})\\s+(.*?)(?:\\s+\\{#([A-Za-z0-9_-]+)\\})?\\s*#*\\s*$"));
const QRegularExpression FencePattern(QStringLiteral("^\\s{0,3}(```|~~~)"));
const QRegularExpression CommentPattern(QStringLiteral("<!--.*?-->\\n?"), QRegularExpression::DotMatchesEverythingOption);

// The heading as a reader sees it: `code`, **bold** and *emphasis* marks removed.
QString plainTitle(QString title)
{
    title.remove(QLatin1Char('`'));
    title.remove(QStringLiteral("**"));
    static const QRegularExpression emphasis(QStringLiteral("(^|\\W)\\*(\\S.*?)\\*"));
    title.replace(emphasis, QStringLiteral("\\1\\2"));
    return title.trimmed();
}

} // namespace

UserGuide UserGuide::load(const QString &language)
{
    for (const QString &candidate : {language, QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/guide/guide_%1.md").arg(candidate));
        if (file.open(QIODevice::ReadOnly))
            return fromMarkdown(QString::fromUtf8(file.readAll()), candidate);
    }
    return fromMarkdown(QString(), QStringLiteral("en"));
}

UserGuide UserGuide::fromMarkdown(const QString &markdown, const QString &language)
{
    UserGuide guide;
    guide.m_language = language;
    QString text = markdown;
    text.remove(CommentPattern);

    QStringList rendered;
    QSet<QString> anchors;
    bool inFence = false;
    GuideSection *current = nullptr;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (FencePattern.match(line).hasMatch())
            inFence = !inFence;
        const QRegularExpressionMatch heading = inFence ? QRegularExpressionMatch() : HeadingPattern.match(line);
        if (!heading.hasMatch()) {
            rendered.append(line);
            if (current)
                current->body += line + QLatin1Char('\n');
            continue;
        }
        GuideSection section;
        section.level = int(heading.capturedLength(1));
        section.title = plainTitle(heading.captured(2));
        QString anchor = heading.captured(3).isEmpty() ? anchorOf(heading.captured(2)) : heading.captured(3);
        // GitHub numbers repeated headings: "x", "x-1", "x-2".
        const QString base = anchor;
        for (int n = 1; anchors.contains(anchor); ++n)
            anchor = base + QLatin1Char('-') + QString::number(n);
        anchors.insert(anchor);
        section.anchor = anchor;
        rendered.append(heading.captured(1) + QLatin1Char(' ') + heading.captured(2));
        guide.m_sections.append(section);
        current = &guide.m_sections.last();
    }
    guide.m_rendered = rendered.join(QLatin1Char('\n'));
    return guide;
}

int UserGuide::indexOf(const QString &anchor) const
{
    const QString name = anchor.startsWith(QLatin1Char('#')) ? anchor.mid(1) : anchor;
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).anchor == name)
            return i;
    }
    return -1;
}

QList<int> UserGuide::sectionsContaining(const QString &term) const
{
    QList<int> found;
    const QString wanted = term.trimmed();
    if (wanted.isEmpty())
        return found;
    for (int i = 0; i < m_sections.size(); ++i) {
        const GuideSection &section = m_sections.at(i);
        if (section.title.contains(wanted, Qt::CaseInsensitive) || section.body.contains(wanted, Qt::CaseInsensitive))
            found.append(i);
    }
    return found;
}

QString UserGuide::anchorOf(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

} // namespace Help
