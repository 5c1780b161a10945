// track-bench [USERS] [BATCH]: pushes USERS (default 10,000) users through /users/track in
// batches of BATCH (default 75) against a SandboxHost on loopback, the way the console does it:
// requests are built on the GUI thread, one batch per event-loop pass, and sent by the client's
// worker thread. Prints requests and users per second and the longest stall of the GUI thread's
// event loop during the run (goal: under 16 ms, one frame at 60 Hz).
#include "braze/brazeclient.h"
#include "braze/log/requestlogmodel.h"
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"
#include "stallmeter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <cstdio>
#include <ctime>

using namespace Braze;
using namespace Sandbox;

namespace {

TrackRequest batch(int first, int count)
{
    TrackRequest request;
    for (int i = first; i < first + count; ++i) {
        AttributeUpdate update;
        update.user = UserIdentifier::externalId(QStringLiteral("bench-user-%1").arg(i));
        update.attributes = {{QStringLiteral("first_name"), QStringLiteral("Bench")},
                             {QStringLiteral("outgrow_quiz_score"), i % 100},
                             {QStringLiteral("outgrow_custom_segment"), QStringLiteral("segment-%1").arg(i % 7)}};
        request.attributes.append(update);
    }
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int users = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int batchSize = args.size() > 2 ? args.at(2).toInt() : 75;
    QTextStream out(stdout);

    SandboxHost host;
    SandboxHost::Options options;
    options.server.seed = QStringLiteral("empty");
    if (!host.startAndWait(options)) {
        out << "sandbox failed: " << host.errorString() << '\n';
        return 1;
    }
    RequestLogModel log; // the GUI appends every exchange, as the Request log page does
    BrazeClient client({host.baseUrl(), QString::fromLatin1(ApiKeyTable::AllPermissionsKey), QStringLiteral("bench"), {}});
    client.setRequestLog(&log);

    StallMeter meter;
    QElapsedTimer wall;
    int submitted = 0, finished = 0, failed = 0, rateLimitWaits = 0;
    QList<qint64> submitNs;
    const int requests = (users + batchSize - 1) / batchSize;

    std::function<void()> submitNext = [&] {
        if (submitted * batchSize >= users)
            return;
        QElapsedTimer submitClock;
        submitClock.start();
        const int first = submitted * batchSize;
        RequestHandle *handle = client.track(batch(first, std::min(batchSize, users - first)));
        ++submitted;
        QObject::connect(handle, &RequestHandle::waitingForRateLimit, &app, [&rateLimitWaits] { ++rateLimitWaits; });
        QObject::connect(handle, &RequestHandle::finished, &app, [&](const ApiResult &result) {
            failed += result.succeeded() ? 0 : 1;
            if (++finished == requests)
                app.quit();
        });
        submitNs.append(submitClock.nsecsElapsed());
        QTimer::singleShot(0, &app, submitNext); // one batch per event-loop pass
    };

    meter.start();
    wall.start();
    QTimer::singleShot(0, &app, submitNext);
    app.exec();
    const double seconds = wall.nsecsElapsed() / 1e9;
    meter.stop();

    out << QStringLiteral("users/track bench: %1 users, %2 per request, %3 requests (%4 failed), %5 rate-limit waits\n")
               .arg(users).arg(batchSize).arg(requests).arg(failed).arg(rateLimitWaits);
    out << QStringLiteral("  wall time            %1 s\n").arg(seconds, 0, 'f', 3);
    out << QStringLiteral("  requests per second  %1\n").arg(requests / seconds, 0, 'f', 1);
    out << QStringLiteral("  users per second     %1\n").arg(users / seconds, 0, 'f', 0);
    out << QStringLiteral("  longest GUI stall    %1 ms wall clock (goal < 16 ms)\n").arg(meter.longestStallMs(), 0, 'f', 2);
    out << QStringLiteral("  longest GUI busy     %1 ms CPU time of the GUI thread between two ticks\n").arg(meter.longestBusyMs(), 0, 'f', 2);
    // Building a batch happens on the GUI thread; the first one also pays one-time set-up.
    QList<qint64> sorted = submitNs.mid(1);
    std::sort(sorted.begin(), sorted.end());
    out << QStringLiteral("  batch build on GUI   first %1 ms, median %2 ms, longest after the first %3 ms\n")
               .arg(submitNs.value(0) / 1e6, 0, 'f', 2)
               .arg(sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2) / 1e6, 0, 'f', 2)
               .arg(sorted.isEmpty() ? 0 : sorted.last() / 1e6, 0, 'f', 2);
    out << QStringLiteral("  log entries          %1\n").arg(log.rowCount());
    return failed == 0 ? 0 : 1;
}
