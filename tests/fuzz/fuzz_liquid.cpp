// libFuzzer target for the Liquid engine: arbitrary bytes as a template, parsed and rendered
// in lax mode, then in strict mode (with strict variables), with the static introspection and
// the error formatting a host shows. Every `{% include %}` / `{% render %}` / content block
// loads the input itself, so nesting and recursion limits are exercised on every input.
// Built only with -DCONSOLE_FUZZ=ON and clang; see tests/fuzz/CMakeLists.txt for how to run.
//
// The engine's budgets are scaled down (not switched off) so one input stays well under the
// fuzzer's timeout under ASan: the limit checks run the same code as with the defaults, and
// an input that still hangs is a path no budget covers.

#include "liquid/environment.h"
#include "liquid/templatesource.h"
#include "liquid/value.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

// Any name resolves to the template under test.
class SelfTemplateSource : public Liquid::TemplateSource
{
public:
    explicit SelfTemplateSource(QString source) : m_source(std::move(source)) {}
    std::optional<QString> load(const QString &) const override { return m_source; }

private:
    QString m_source;
};

const Liquid::Value &fixedData()
{
    static const Liquid::Value data = Liquid::Value::fromJsonText(QByteArrayLiteral(
        "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"n\":3,\"neg\":-2,\"f\":2.5,\"big\":9223372036854775807,"
        "\"s\":\"<b>Tom & \\\"Jerry\\\"</b>\",\"empty_s\":\"\",\"date\":\"2024-02-29T13:05:09Z\",\"nothing\":null,"
        "\"yes\":true,\"no\":false,\"list\":[1,2.0,\"x\",null,[3,[4]],{\"k\":\"v\"}],\"words\":[\"b\",\"a\",\"c\",\"a\"],"
        "\"products\":[{\"title\":\"Hat\",\"price\":10,\"tags\":[\"red\"]},{\"title\":\"Cap\",\"price\":7.5,\"tags\":[]}],"
        "\"obj\":{\"a\":{\"b\":[true,false]},\"size\":5,\"first\":\"F\"},"
        "\"custom_attribute\":{\"zip code\":\"10115\",\"tier\":\"gold\"},\"event_properties\":{\"amount\":12.5}}"));
    return data;
}

Liquid::Limits fuzzLimits()
{
    Liquid::Limits limits;
    limits.maxTemplateSize = 64 * 1024;
    limits.maxOutputSize = 256 * 1024;
    limits.maxLoopIterations = 20000;
    limits.maxRenderSteps = 200000;
    return limits;
}

// What a host does with a result: format every diagnostic, with the source line and caret.
qsizetype consumeDiagnostic(const Liquid::Diagnostic &d, const QString &source)
{
    return d.format().size() + d.withCaret(source).size();
}

qsizetype consumeAnalysis(const Liquid::TemplateAnalysis &a, const QString &source)
{
    qsizetype n = a.variables.size() + a.globalVariables.size() + a.brazeAttributes.size() + a.filters.size()
        + a.tags.size() + a.partials.size() + a.contentBlocks.size();
    for (const Liquid::Diagnostic &w : a.warnings)
        n += consumeDiagnostic(w, source);
    return n;
}

qsizetype parseAndRender(const QString &source, Liquid::ErrorMode mode, bool strictVariables)
{
    Liquid::Environment env;
    env.setErrorMode(mode);
    env.setStrictVariables(strictVariables);
    env.setLimits(fuzzLimits());
    env.setNow(QDateTime(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::utc()));
    const auto self = std::make_shared<SelfTemplateSource>(source);
    env.setPartialSource(self);
    env.setContentBlockSource(self);

    Liquid::Diagnostic error;
    const Liquid::TemplatePtr tmpl = env.parse(source, QStringLiteral("fuzz"), &error);
    if (!tmpl)
        return consumeDiagnostic(error, source);
    qsizetype n = consumeAnalysis(tmpl->analysis(), source);
    const Liquid::RenderResult result = env.render(*tmpl, fixedData());
    n += result.output.size() + result.abortMessage.size() + result.undefinedVariables.size();
    for (const Liquid::Diagnostic &d : result.errors)
        n += consumeDiagnostic(d, source);
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16 * 1024) // longer inputs add no new shapes, only time
        return 0;
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    volatile qsizetype sink = 0;
    sink = sink + parseAndRender(source, Liquid::ErrorMode::Lax, false);
    sink = sink + parseAndRender(source, Liquid::ErrorMode::Strict, true);
    return 0;
}
