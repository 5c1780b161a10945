// liquid-bench: parse and render throughput of the Liquid engine on the Golden Liquid
// benchmark fixtures, measured the way the reference runners (shared/tools/liquid-anchors,
// bench.rb / bench.js) measure Shopify Liquid and LiquidJS, so the numbers compare:
//
//   TZ=UTC liquid-bench [--time S] [--warmup S] [--parse-time S] [--preview-time S] [FIXTURES_DIR | FIXTURE ...]
//
// Per fixture: templates/index.liquid is parsed once, then rendered with data.json for --time
// seconds after --warmup seconds (partials come from templates/ through an in-memory source
// and are parsed once, as Liquid's and LiquidJS's caches do). The first and the last output
// are checked against expected_result.txt. Then parsing index.liquid alone is timed for
// --parse-time seconds. One line per fixture:
//
//   FIXTURE parse_per_s=N render_per_s=N us_per_render=N
//
// For the `webhook` fixture it also times the webhook builder's edit-to-preview path (parse +
// render + JSON validation of the output), one sample per edit, and prints median and p95.
// With glibc it also counts heap allocations (malloc, calloc, realloc) per parse and per render
// of index.liquid: `allocs_per_parse=N allocs_per_render=N` at the end of the line.
// No timed assertion anywhere: this prints numbers. The exit code is 1 when an output does not
// match (or a fixture fails to parse), so a broken engine is not benchmarked unnoticed.
// Run it from a Release build; Debug numbers mean nothing.

#include "liquid/environment.h"
#include "liquid/templatesource.h"
#include "liquid/value.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

// Counts heap allocations while `g_countAllocations` is set: the executable's malloc family
// wraps glibc's, so Qt's and the engine's allocations are all seen.
#ifdef __GLIBC__
namespace {
bool g_countAllocations = false;
qint64 g_allocations = 0;
}
extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
void *malloc(size_t size)
{
    g_allocations += g_countAllocations;
    return __libc_malloc(size);
}
void *calloc(size_t count, size_t size)
{
    g_allocations += g_countAllocations;
    return __libc_calloc(count, size);
}
void *realloc(void *pointer, size_t size)
{
    g_allocations += g_countAllocations;
    return __libc_realloc(pointer, size);
}
}
#define LIQUID_BENCH_COUNTS_ALLOCATIONS 1
#endif

namespace {

// Heap allocations of one call of fn (-1 where they cannot be counted).
template<typename Fn>
qint64 allocationsOf(Fn &&fn)
{
#ifdef LIQUID_BENCH_COUNTS_ALLOCATIONS
    g_allocations = 0;
    g_countAllocations = true;
    fn();
    g_countAllocations = false;
    return g_allocations;
#else
    fn();
    return -1;
#endif
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString readText(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? QString::fromUtf8(file.readAll()) : QString();
}

// One benchmark fixture folder (golden-liquid/README.md describes the layout).
struct Fixture
{
    QString name;
    QHash<QString, QString> templates; // file name -> source, index.liquid included
    QString source;                    // templates/index.liquid
    Liquid::Value data;
    QString expected;
    bool hasExpected = false;

    static Fixture load(const QString &dir)
    {
        Fixture fx;
        fx.name = QFileInfo(dir).fileName();
        const QDir templatesDir(dir + QStringLiteral("/templates"));
        const QStringList files = templatesDir.entryList({QStringLiteral("*.liquid")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            fx.templates.insert(file, readText(templatesDir.filePath(file)));
        fx.source = fx.templates.value(QStringLiteral("index.liquid"));
        QFile dataFile(dir + QStringLiteral("/data.json"));
        if (dataFile.open(QIODevice::ReadOnly))
            fx.data = Liquid::Value::fromJsonText(dataFile.readAll());
        fx.expected = readText(dir + QStringLiteral("/expected_result.txt"), &fx.hasExpected);
        return fx;
    }
};

// "exact", "ok except ..." once the differences golden-liquid/README.md names are masked
// (fixtures 001/002 print the current year where their expected files say 2025, and their
// expected files end with a newline the output lacks), or "MISMATCH". Same rule as the
// anchors' fixture.rb / fixture.js.
QString verdict(const Fixture &fx, const QString &output)
{
    if (!fx.hasExpected)
        return QStringLiteral("no expected_result.txt");
    if (output == fx.expected)
        return QStringLiteral("exact");
    const auto maskYear = [](QString s) {
        static const QRegularExpression year(QStringLiteral("\\b20\\d\\d\\b"));
        return s.replace(year, QStringLiteral("YEAR"));
    };
    const auto dropFinalNewline = [](QString s) {
        if (s.endsWith(QLatin1Char('\n')))
            s.chop(1);
        return s;
    };
    if (maskYear(output) == maskYear(fx.expected))
        return QStringLiteral("ok except year");
    if (dropFinalNewline(output) == dropFinalNewline(fx.expected))
        return QStringLiteral("ok except final newline");
    if (dropFinalNewline(maskYear(output)) == dropFinalNewline(maskYear(fx.expected)))
        return QStringLiteral("ok except year, final newline");
    return QStringLiteral("MISMATCH");
}

struct Rate
{
    qint64 count = 0;
    qint64 nanoseconds = 0;
    double perSecond() const { return nanoseconds > 0 ? count * 1e9 / nanoseconds : 0.0; }
    double microsecondsEach() const { return count > 0 ? nanoseconds / 1e3 / count : 0.0; }
};

// Calls fn repeatedly for `seconds` of wall time (at least once).
template<typename Fn>
Rate timed(double seconds, Fn &&fn)
{
    const qint64 limit = qint64(seconds * 1e9);
    QElapsedTimer timer;
    timer.start();
    Rate rate;
    do {
        fn();
        ++rate.count;
        rate.nanoseconds = timer.nsecsElapsed();
    } while (rate.nanoseconds < limit);
    return rate;
}

struct Settings
{
    double renderSeconds = 3.0;
    double warmupSeconds = 1.0;
    double parseSeconds = 2.0;
    double previewSeconds = 3.0;
};

std::unique_ptr<Liquid::Environment> environmentFor(const Fixture &fx)
{
    auto env = std::make_unique<Liquid::Environment>();
    env->setTimeZone(QTimeZone::utc());
    env->setPartialSource(std::make_shared<Liquid::MapTemplateSource>(fx.templates));
    return env;
}

// The webhook builder re-parses the body on every edit, renders it for the preview user and
// checks the result is JSON: one sample is that whole path for one edit.
void measureEditToPreview(const Fixture &fx, const Settings &settings)
{
    const auto env = environmentFor(fx);
    std::vector<qint64> samples;
    bool valid = true;
    const auto editToPreview = [&] {
        QElapsedTimer timer;
        timer.start();
        const Liquid::TemplatePtr tmpl = env->parse(fx.source, QStringLiteral("index.liquid"));
        if (!tmpl) {
            valid = false;
            return;
        }
        const Liquid::RenderResult result = env->render(*tmpl, fx.data);
        QJsonParseError jsonError;
        const QJsonDocument json = QJsonDocument::fromJson(result.output.toUtf8(), &jsonError);
        samples.push_back(timer.nsecsElapsed());
        valid = valid && jsonError.error == QJsonParseError::NoError && json.isObject();
    };
    timed(settings.warmupSeconds, editToPreview);
    samples.clear();
    timed(settings.previewSeconds, editToPreview);
    std::sort(samples.begin(), samples.end());
    const auto percentile = [&](double p) {
        return samples[std::min(samples.size() - 1, size_t(p * double(samples.size() - 1) + 0.5))] / 1e3;
    };
    out() << fx.name << " edit_to_preview median_us=" << QString::number(percentile(0.5), 'f', 1)
          << " p95_us=" << QString::number(percentile(0.95), 'f', 1) << " samples=" << samples.size()
          << " json=" << (valid ? "valid" : "INVALID") << Qt::endl;
}

// Returns false when the fixture could not be parsed or its output is wrong.
bool benchmark(const Fixture &fx, const Settings &settings)
{
    const auto env = environmentFor(fx);
    Liquid::Diagnostic error;
    const Liquid::TemplatePtr tmpl = env->parse(fx.source, QStringLiteral("index.liquid"), &error);
    if (!tmpl) {
        out() << fx.name << " error: " << error.format() << Qt::endl;
        return false;
    }
    const auto render = [&] { return env->render(*tmpl, fx.data).output; };
    const QString first = render();
    timed(settings.warmupSeconds, render);
    const Rate renders = timed(settings.renderSeconds, render);
    const QString last = render();

    const Rate parses = timed(settings.parseSeconds, [&] { return env->parse(fx.source); });

    const qint64 parseAllocations = allocationsOf([&] { env->parse(fx.source); });
    const qint64 renderAllocations = allocationsOf([&] { env->render(*tmpl, fx.data); });

    out() << fx.name << " parse_per_s=" << qRound64(parses.perSecond())
          << " render_per_s=" << qRound64(renders.perSecond())
          << " us_per_render=" << QString::number(renders.microsecondsEach(), 'f', 2)
          << " allocs_per_parse=" << parseAllocations << " allocs_per_render=" << renderAllocations << Qt::endl;

    bool ok = true;
    for (const QString &output : {first, last}) {
        const QString v = verdict(fx, output);
        if (v == QLatin1String("MISMATCH") && ok) {
            ok = false;
            const QString path = QDir::temp().filePath(QStringLiteral("liquid-bench-%1.out").arg(fx.name));
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(output.toUtf8());
            err() << fx.name << ": output differs from expected_result.txt; written to " << path << Qt::endl;
        }
    }
    return ok;
}

QStringList fixtureDirs(const QStringList &paths)
{
    QStringList dirs;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path + QStringLiteral("/templates/index.liquid"))) {
            dirs << path;
            continue;
        }
        const QDir dir(path);
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QFileInfo::exists(dir.filePath(sub) + QStringLiteral("/templates/index.liquid")))
                dirs << dir.filePath(sub);
        }
    }
    return dirs;
}

} // namespace

int main(int argc, char *argv[])
{
    // The fixtures' expected output was made with TZ=UTC (dates without an offset).
    qputenv("TZ", "UTC");
    tzset();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Parse and render throughput of the Liquid engine on benchmark fixtures."));
    parser.addHelpOption();
    const QCommandLineOption time(QStringLiteral("time"), QStringLiteral("Seconds of timed rendering per fixture (default 3)."), QStringLiteral("S"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), QStringLiteral("Seconds of untimed rendering first (default 1)."), QStringLiteral("S"));
    const QCommandLineOption parseTime(QStringLiteral("parse-time"), QStringLiteral("Seconds of timed parsing per fixture (default 2)."), QStringLiteral("S"));
    const QCommandLineOption previewTime(QStringLiteral("preview-time"), QStringLiteral("Seconds of edit-to-preview samples for the webhook fixture (default 3)."), QStringLiteral("S"));
    parser.addOptions({time, warmup, parseTime, previewTime});
    parser.addPositionalArgument(QStringLiteral("fixtures"), QStringLiteral("Fixture folders or folders of fixtures (default: the shared benchmark fixtures)."));
    parser.process(app);

    Settings settings;
    const auto seconds = [&](const QCommandLineOption &option, double fallback) {
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        return parser.isSet(option) && ok && v > 0 ? v : fallback;
    };
    settings.renderSeconds = seconds(time, settings.renderSeconds);
    settings.warmupSeconds = seconds(warmup, settings.warmupSeconds);
    settings.parseSeconds = seconds(parseTime, settings.parseSeconds);
    settings.previewSeconds = seconds(previewTime, settings.previewSeconds);

    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        paths << QStringLiteral(LIQUID_BENCH_FIXTURES);
    const QStringList dirs = fixtureDirs(paths);
    if (dirs.isEmpty()) {
        err() << "no fixtures found in " << paths.join(QStringLiteral(", ")) << Qt::endl;
        return 2;
    }
    bool allOk = true;
    for (const QString &dir : dirs) {
        const Fixture fx = Fixture::load(dir);
        const bool ok = benchmark(fx, settings);
        allOk = allOk && ok;
        if (ok && fx.name == QLatin1String("webhook"))
            measureEditToPreview(fx, settings);
    }
    return allOk ? 0 : 1;
}
