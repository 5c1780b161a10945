// audience-gui-bench [USERS]: the webhook builder's "Preview for an audience" dialog as a marketer
// runs it, over USERS (default 100,000) generated users in a users file with the Quikly preset
// (offscreen unless a display is set). Prints the longest stall of the GUI thread's event loop
// from Run until the summary is on screen (goal: under 16 ms, one frame at 60 Hz), the GUI
// thread's own longest busy stretch, the time to the summary and the peak memory. Run it from a
// Release build; it asserts nothing about time.
#include "generatedaudience.h"
#include "stallmeter.h"

#include "webhook/audiencedialog.h"
#include "webhook/presetcatalog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int users = app.arguments().value(1, QStringLiteral("100000")).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quikly.jsonl"));
    if (!GeneratedAudience::writeQuiklyUsers(path, users)) {
        out << "cannot write " << path << '\n';
        return 1;
    }

    AudienceDialog dialog;
    dialog.setTemplate(*Webhook::PresetCatalog::byId(QStringLiteral("quikly")));
    dialog.setSource(AudienceDialog::Source::UsersFile);
    dialog.setUsersFile(path);
    dialog.resize(1100, 700);
    dialog.show();

    StallMeter meter;
    QElapsedTimer wall;
    qint64 summaryNs = 0;
    bool cancelled = true;
    QObject::connect(&dialog, &AudienceDialog::audienceFinished, &app, [&](bool wasCancelled) {
        summaryNs = wall.nsecsElapsed();
        cancelled = wasCancelled;
        // A moment more, so the painting of the filled summary is measured too.
        QTimer::singleShot(200, &app, &QCoreApplication::quit);
    });
    QTimer::singleShot(100, &app, [&] {
        meter.start();
        wall.start();
        dialog.run();
    });
    app.exec();
    meter.stop();

    out << QStringLiteral("audience dialog bench: %1 users (Quikly preset, users file)%2\n")
               .arg(users).arg(cancelled ? QStringLiteral(", did not finish") : QString());
    out << QStringLiteral("  summary on screen    %1 s after Run\n").arg(summaryNs / 1e9, 0, 'f', 2);
    out << QStringLiteral("  summary groups       %1\n").arg(dialog.summaryTree()->topLevelItemCount());
    out << QStringLiteral("  longest GUI stall    %1 ms wall clock (goal < 16 ms)\n").arg(meter.longestStallMs(), 0, 'f', 2);
    out << QStringLiteral("  longest GUI busy     %1 ms CPU time of the GUI thread between two ticks\n")
               .arg(meter.longestBusyMs(), 0, 'f', 2);
    out << QStringLiteral("  peak memory          %1 MiB\n").arg(GeneratedAudience::peakMemoryKiB() / 1024.0, 0, 'f', 1);
    return cancelled ? 1 : 0;
}
