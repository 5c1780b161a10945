#pragma once

#include <QString>

namespace Config {

// The verdict on one field of a form, shown beside the field as the user types.
struct FieldCheck
{
    enum class Verdict {
        Fine,
        NeedsConfirmation,   // allowed once the user confirms (e.g. an unknown host)
        Wrong,               // blocks saving
    };

    Verdict verdict = Verdict::Fine;
    QString message;

    static FieldCheck fine() { return {}; }
    static FieldCheck wrong(const QString &message) { return {Verdict::Wrong, message}; }
    static FieldCheck confirm(const QString &message) { return {Verdict::NeedsConfirmation, message}; }

    bool isFine() const { return verdict == Verdict::Fine; }
    bool isWrong() const { return verdict == Verdict::Wrong; }
};

} // namespace Config
