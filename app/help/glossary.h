#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Help {

// Braze's jargon explained in a sentence or two, in the user's language: the one glossary every
// page's hover help reads (ui/shell/glossarytips), so a term is explained the same way everywhere.
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(Help::Glossary)

public:
    struct Term
    {
        QString id;            // "alias-only-profile", stable across languages
        QString name;          // as the console writes it in the current language
        QStringList forms;     // what finds it in a text (case ignored), e.g. singular and plural
        QString explanation;
    };

    static QList<Term> terms();
    // The terms a text (plain or rich) mentions, in the glossary's order.
    static QList<Term> termsIn(const QString &text);
    // The hover help for a text: each term it mentions with its explanation (at most three), or
    // an empty string when it mentions none.
    static QString explain(const QString &text);
};

} // namespace Help
