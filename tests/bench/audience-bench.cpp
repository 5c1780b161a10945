// audience-bench: the webhook audience preview over many generated users, streamed from a JSON
// lines file as the console and braze-cli read it, rendered and summarised:
//
//   audience-bench [USERS] [FIXTURES_DIR] [KEEP_DIR]
//
// Two templates: the Quikly preset (Braze tags, one user per line as users/export/ids returns it)
// and the Golden Liquid `webhook` fixture (its data.json per line with a different id, name and
// tier, rendered with the fixture's variables as the reference runners do). Per template it
// prints users per second and the process's peak resident memory after the first 5,000 users
// and at the end, which shows that the stream, not the user count, sets the memory. Run it
// from a Release build; no timed assertion (it prints numbers). Users per CPU-second are printed
// too: on a shared machine the wall clock mostly measures the neighbours. With KEEP_DIR the
// generated users files stay there (quikly.jsonl, fixture.jsonl), so the reference engines can
// render the very same audience (audience-reference.rb / .js).

#include "generatedaudience.h"
#include "webhook/audience/audiencerenderer.h"
#include "webhook/audience/userlinesreader.h"
#include "webhook/presetcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace Webhook;

namespace {

void run(const char *name, const QString &path, const WebhookTemplate &webhook, const AudienceRenderer::DataMapping &mapping)
{
    UserLinesReader reader(path);
    if (!reader.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return;
    }
    AudienceRenderer renderer(webhook, mapping);
    const std::atomic_bool cancelled = false;
    qint64 earlyPeak = -1;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const AudienceSummary summary = renderer.run(reader, cancelled, [&](qint64, qint64, qint64 users) {
        if (earlyPeak < 0 && users >= 5000)
            earlyPeak = GeneratedAudience::peakMemoryKiB();
    });
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    // Per CPU-second as well: on a shared machine the wall clock says more about the neighbours.
    std::printf("%s users=%lld seconds=%.2f users_per_s=%.0f cpu_seconds=%.2f users_per_cpu_s=%.0f sent=%lld aborted=%lld "
                "broken=%lld peak_kib_after_5000=%lld peak_kib_at_end=%lld largest_body=%lld\n",
                name, summary.users(), seconds, summary.users() / seconds, cpuSeconds, summary.users() / cpuSeconds, summary.sent(),
                summary.aborted(), summary.broken(), earlyPeak, GeneratedAudience::peakMemoryKiB(), summary.largestBodyBytes());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int users = args.value(1, QStringLiteral("100000")).toInt();
    const QString fixtures = args.value(2, QStringLiteral(AUDIENCE_BENCH_FIXTURES));
    QTemporaryDir temporary;
    const QDir dir(args.size() > 3 ? args.at(3) : temporary.path());

    const QString quiklyUsers = dir.filePath(QStringLiteral("quikly.jsonl"));
    GeneratedAudience::writeQuiklyUsers(quiklyUsers, users);
    run("quikly", quiklyUsers, *PresetCatalog::byId(QStringLiteral("quikly")), {});

    // The webhook fixture: its template as a raw body, its data varied per user.
    QFile templateFile(fixtures + QStringLiteral("/webhook/templates/index.liquid"));
    QFile dataFile(fixtures + QStringLiteral("/webhook/data.json"));
    if (!templateFile.open(QIODevice::ReadOnly) || !dataFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "no webhook fixture in %s\n", qPrintable(fixtures));
        return 2;
    }
    const QJsonObject data = QJsonDocument::fromJson(dataFile.readAll()).object();
    const QString fixtureUsers = dir.filePath(QStringLiteral("fixture.jsonl"));
    const QStringList tiers = {QStringLiteral("Gold"), QStringLiteral("Silver"), QStringLiteral("Platinum"), QString()};
    GeneratedAudience::writeUsers(fixtureUsers, users, [&](int i) {
        QJsonObject user = data;
        user.insert(QStringLiteral("external_id"), QStringLiteral("u-%1").arg(i, 9, 10, QLatin1Char('0')));
        user.insert(QStringLiteral("first_name"), QStringLiteral("Name%1").arg(i % 997));
        user.insert(QStringLiteral("loyalty_tier"), tiers.at(i % tiers.size()));
        return user;
    });
    WebhookTemplate fixture;
    fixture.url = QStringLiteral("https://partner.example.com/hook");
    fixture.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    fixture.bodyMode = BodyMode::RawText;
    fixture.rawBody = QString::fromUtf8(templateFile.readAll());
    run("webhook-fixture", fixtureUsers, fixture, [](const PreviewUser &user) { return Liquid::Value::fromJson(user.profile); });
    return 0;
}
