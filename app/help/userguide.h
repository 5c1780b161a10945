#pragma once

#include <QList>
#include <QString>

namespace Help {

// One heading of the user guide and the text up to the next heading.
struct GuideSection
{
    int level = 0;      // 2 for "##", 3 for "###", ...
    QString title;      // as shown, Markdown emphasis and code marks removed
    QString anchor;     // the same in every language: the English heading's GitHub anchor
    QString body;       // the section's Markdown, without its heading line
};

// The user guide in one language: the README's user-guide section in English (extracted at build
// time), resources/guide/guide_LANG.md in German and French. Headings of the translations carry the
// English anchor ("### Arbeitsbereiche {#workspaces}"), so F1 and links find the same section in
// every language; the English one's anchors are GitHub's, so README links and the console agree.
class UserGuide
{
public:
    // The guide in this language ("de", "fr"; anything else or a missing translation: English).
    static UserGuide load(const QString &language);
    static UserGuide fromMarkdown(const QString &markdown, const QString &language);

    QString language() const { return m_language; }
    // What a Markdown renderer shows: comments and the explicit {#anchor} marks taken out.
    QString renderedMarkdown() const { return m_rendered; }
    const QList<GuideSection> &sections() const { return m_sections; }
    // The index of the section with this anchor ("#" allowed in front), or -1.
    int indexOf(const QString &anchor) const;
    // The sections whose title or text contains the term (case and accents as typed are ignored
    // only for case), in the guide's order.
    QList<int> sectionsContaining(const QString &term) const;

    // GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
    static QString anchorOf(const QString &heading);

private:
    QString m_language;
    QString m_rendered;
    QList<GuideSection> m_sections;
};

} // namespace Help
