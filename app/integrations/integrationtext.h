#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Integrations {

// One text of the partner descriptions: the id the JSON uses and the English source, marked
// with QT_TRANSLATE_NOOP("Integrations", ...) so lupdate extracts it.
struct TextEntry
{
    const char *id;
    const char *source;
};

// The catalogue of every text the partner descriptions refer to. The JSON files hold ids only,
// so their texts are translated like any other string of the console.
class IntegrationText
{
public:
    // The translated text, or the id itself when it is unknown (the loader refuses such ids).
    static QString text(const QString &id);
    static bool has(const QString &id);
    static QStringList ids();
};

// The per-partner tables (one file each), joined by integrationtext.cpp.
QList<TextEntry> commonTexts();
QList<TextEntry> quiklyTexts();
QList<TextEntry> smarterSendsTexts();
QList<TextEntry> actionIqTexts();
QList<TextEntry> outgrowTexts();

} // namespace Integrations
