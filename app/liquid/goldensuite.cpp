#include "liquid/goldensuite.h"

#include "liquid/environment.h"
#include "liquid/jsonreader.h"

#include <QCoreApplication>
#include <QFile>

namespace Liquid {

bool GoldenSuite::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Liquid", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return loadJson(file.readAll(), error);
}

bool GoldenSuite::loadJson(QByteArrayView json, QString *error)
{
    QString parseError;
    const Value root = JsonReader::parse(json, &parseError);
    if (!parseError.isEmpty()) {
        *error = parseError;
        return false;
    }
    const Value tests = root.property(u"tests");
    if (!tests.isArray()) {
        *error = QCoreApplication::translate("Liquid", "the file has no \"tests\" list");
        return false;
    }
    m_cases.clear();
    for (const Value &t : tests.arrayValue()) {
        GoldenCase c;
        c.name = t.property(u"name").toString();
        c.source = t.property(u"template").toString();
        c.data = t.property(u"data");
        if (!c.data.isObject())
            c.data = Value(Object());
        c.invalid = t.property(u"invalid").isTruthy();
        const Value result = t.property(u"result");
        if (result.isString())
            c.results.append(result.stringValue());
        for (const Value &r : t.property(u"results").arrayValue())
            c.results.append(r.toString());
        for (const auto &e : t.property(u"templates").objectValue().entries())
            c.templates.insert(e.first, e.second.toString());
        for (const Value &tag : t.property(u"tags").arrayValue())
            c.tags.append(tag.toString());
        m_cases.append(c);
    }
    return true;
}

GoldenOutcome GoldenSuite::run(const GoldenCase &test)
{
    GoldenOutcome outcome;
    outcome.name = test.name;
    const QString anError = QStringLiteral("an error");
    outcome.expected = test.invalid ? anError : test.results.join(QStringLiteral("\" or \""));

    Environment env;
    const bool strict = test.tags.contains(QStringLiteral("strict")) || test.tags.contains(QStringLiteral("strict2"));
    env.setErrorMode(strict ? ErrorMode::Strict : ErrorMode::Lax);
    env.setTimeZone(QTimeZone::utc());
    env.setPartialSource(std::make_shared<MapTemplateSource>(test.templates));

    Diagnostic error;
    const TemplatePtr tmpl = env.parse(test.source, QString(), &error);
    if (!tmpl) {
        outcome.passed = test.invalid;
        outcome.actual = QStringLiteral("error: ") + error.format();
        return outcome;
    }
    const RenderResult result = env.render(*tmpl, test.data);
    if (!result.errors.isEmpty()) {
        outcome.passed = test.invalid;
        outcome.actual = QStringLiteral("error: ") + result.errors.first().format() + QStringLiteral(" (output \"%1\")").arg(result.output);
        return outcome;
    }
    outcome.actual = result.output;
    outcome.passed = !test.invalid && test.results.contains(result.output);
    return outcome;
}

QList<GoldenOutcome> GoldenSuite::runAll(const QSet<QString> &skip) const
{
    QList<GoldenOutcome> outcomes;
    outcomes.reserve(m_cases.size());
    for (const GoldenCase &c : m_cases) {
        if (skip.contains(c.name)) {
            GoldenOutcome o;
            o.name = c.name;
            o.skipped = true;
            outcomes.append(o);
            continue;
        }
        outcomes.append(run(c));
    }
    return outcomes;
}

} // namespace Liquid
