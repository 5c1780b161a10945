#pragma once

#include "liquid/value.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Liquid {

// One test of the Golden Liquid conformance suite (golden-liquid/README.md).
struct GoldenCase
{
    QString name;
    QString source;
    Value data;
    QStringList results;              // any one of them is right
    bool invalid = false;             // parsing or rendering must fail
    QHash<QString, QString> templates; // partials for include/render
    QStringList tags;
};

struct GoldenOutcome
{
    QString name;
    bool passed = false;
    bool skipped = false;
    QString expected;  // readable: the accepted results, or "an error"
    QString actual;    // the output, or the error message
};

// Loads a golden_liquid.json file and runs its cases through Liquid::Environment the way
// the suite prescribes: `strict`/`strict2` tags parse in strict mode, `invalid` cases must
// raise, render errors in valid cases count as failures, time zone UTC.
class GoldenSuite
{
public:
    bool load(const QString &path, QString *error);
    bool loadJson(QByteArrayView json, QString *error);
    const QList<GoldenCase> &cases() const { return m_cases; }

    static GoldenOutcome run(const GoldenCase &test);
    // Cases named in `skip` are reported as skipped, not run.
    QList<GoldenOutcome> runAll(const QSet<QString> &skip = {}) const;

private:
    QList<GoldenCase> m_cases;
};

} // namespace Liquid
