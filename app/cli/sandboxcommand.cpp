#include "cli/sandboxcommand.h"

#include "sandbox/sandboxhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <csignal>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <unistd.h>
#else
#include <QTimer>
#include <atomic>
#endif

using namespace Sandbox;

namespace {


// Ctrl+C and SIGTERM end the event loop normally, so the state file gets its last save. A signal
// handler may do almost nothing: on Unix it writes a byte to a pipe the event loop watches (the
// self-pipe trick); elsewhere it sets a flag that a timer looks at.
#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals(QObject *context)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#else
std::atomic<bool> signalled = false;
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

void onSignal(int)
{
    signalled = true;
}

void quitOnTerminationSignals(QObject *context)
{
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, qApp, [] {
        if (signalled)
            QCoreApplication::quit();
    });
    poll->start(200);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#endif

} // namespace

QString SandboxCommand::name() const
{
    return QStringLiteral("sandbox");
}

QString SandboxCommand::summary() const
{
    return tr("Run a local imitation of the Braze REST API with demo data and fault injection");
}

int SandboxCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the Braze sandbox until Ctrl+C. Control endpoints live under /_sandbox/ (keys, faults, config, reset, state, "
           "requests, sent, webhooks/<any>)."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("port"), tr("TCP port (default 8765; 0 picks a free one)."), QStringLiteral("N"), QStringLiteral("8765")},
        {QStringLiteral("bind"), tr("Address to listen on (default 127.0.0.1). Other addresses expose a server without limits or timeouts."),
         QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("state"), tr("Keep the workspace in this JSON file, so it survives a restart."), QStringLiteral("FILE")},
        {QStringLiteral("seed"), tr("Starting data when there is no state file: demo (default) or empty."), QStringLiteral("demo|empty"),
         QStringLiteral("demo")},
        {QStringLiteral("rate-scale"), tr("Multiply every rate limit by X (e.g. 0.001 for tests)."), QStringLiteral("X")},
        {QStringLiteral("track-limit"), tr("users/track object limit: per_array_75, combined_75 or combined_50."), QStringLiteral("MODE")},
        {QStringLiteral("profile-ready-delay"), tr("Milliseconds before a new profile can be read or subscribed."), QStringLiteral("MS")},
        {QStringLiteral("double-opt-in-event"), tr("Custom event name that starts SMS double opt-in."), QStringLiteral("NAME")},
        {QStringLiteral("double-opt-in-delay"), tr("Milliseconds until a pending double opt-in becomes subscribed."), QStringLiteral("MS")},
        {QStringLiteral("latency"), tr("Fault: delay every API answer by MS milliseconds."), QStringLiteral("MS")},
        {QStringLiteral("error-rate"), tr("Fault: share (0..1) of API requests answered with a 5xx error."), QStringLiteral("R")},
        {QStringLiteral("error-status"), tr("Fault: the 5xx status to use (default 503)."), QStringLiteral("N")},
        {QStringLiteral("rate-limit-rate"), tr("Fault: share of API requests answered 429 (a 429 storm)."), QStringLiteral("R")},
        {QStringLiteral("drop-rate"), tr("Fault: share of connections closed without an answer."), QStringLiteral("R")},
        {QStringLiteral("html-rate"), tr("Fault: share of answers that are an HTML 502 page instead of JSON."), QStringLiteral("R")},
        {QStringLiteral("truncate-rate"), tr("Fault: share of answers cut off halfway."), QStringLiteral("R")},
        {QStringLiteral("trickle-rate"), tr("Fault: share of answers sent a few bytes at a time."), QStringLiteral("R")},
        {QStringLiteral("quiet"), tr("Do not log each request.")},
    };
    parser.addOptions(options);
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);

    SandboxHost::Options o;
    bool ok = true;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        err << tr("braze-cli sandbox: --port needs a number from 0 to 65535.") << '\n';
        return 2;
    }
    o.port = quint16(port);
    if (!o.address.setAddress(parser.value(QStringLiteral("bind")))) {
        err << tr("braze-cli sandbox: --bind needs an IP address such as 127.0.0.1.") << '\n';
        return 2;
    }
    const QString seed = parser.value(QStringLiteral("seed"));
    if (seed != QLatin1String("demo") && seed != QLatin1String("empty")) {
        err << tr("braze-cli sandbox: --seed must be demo or empty.") << '\n';
        return 2;
    }
    o.server.seed = seed;
    o.server.statePath = parser.value(QStringLiteral("state"));

    // Settings and faults go through the same JSON the control API takes, so both validate alike.
    QJsonObject config;
    QJsonObject faults;
    const struct { const char *option; const char *key; bool isFault; bool isText; } mapping[] = {
        {"rate-scale", "rate_scale", false, false}, {"track-limit", "track_limit_mode", false, true},
        {"profile-ready-delay", "profile_ready_delay_ms", false, false}, {"double-opt-in-event", "double_opt_in_event", false, true},
        {"double-opt-in-delay", "double_opt_in_delay_ms", false, false}, {"latency", "latency_ms", true, false},
        {"error-rate", "server_error_rate", true, false}, {"error-status", "server_error_status", true, false},
        {"rate-limit-rate", "rate_limit_rate", true, false}, {"drop-rate", "drop_rate", true, false},
        {"html-rate", "html_rate", true, false}, {"truncate-rate", "truncate_rate", true, false},
        {"trickle-rate", "trickle_rate", true, false}};
    for (const auto &m : mapping) {
        if (!parser.isSet(QLatin1String(m.option)))
            continue;
        const QString value = parser.value(QLatin1String(m.option));
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        if (!m.isText && !isNumber) {
            err << tr("braze-cli sandbox: --%1 needs a number.").arg(QLatin1String(m.option)) << '\n';
            return 2;
        }
        (m.isFault ? faults : config).insert(QLatin1String(m.key), m.isText ? QJsonValue(value) : QJsonValue(number));
    }
    QString error = o.server.config.apply(config);
    FaultInjector injector;
    if (error.isEmpty())
        error = injector.apply(faults);
    if (!error.isEmpty()) {
        err << "braze-cli sandbox: " << error << '\n';
        return 2;
    }
    o.server.faults = injector.settings();
    o.server.configOverrides = config;   // the flags win over what the state file kept

    o.announce = true;
    SandboxHost host;
    if (!parser.isSet(QStringLiteral("quiet")))
        QObject::connect(&host, &SandboxHost::requestHandled, [&out](const QString &line) { out << line << Qt::endl; });
    if (!host.startAndWait(o)) {
        err << "braze-cli sandbox: " << host.errorString() << '\n';
        return 1;
    }
    if (!o.address.isLoopback())
        err << tr("Warning: the sandbox is reachable from other machines. It has no request size limits or timeouts; "
                  "use it only on a trusted network.") << '\n';
    out << tr("Braze sandbox listening on %1").arg(host.baseUrl().toString()) << '\n'
        << tr("Demo API keys (fake; they only work here):") << '\n';
    const ApiKeyTable demoKeys = ApiKeyTable::demo();
    for (const ApiKey &key : demoKeys.keys()) {
        out << "  " << key.name.leftJustified(32) << ' ' << key.key << (key.revoked ? tr("  (revoked)") : QString()) << '\n'
            << "      " << (key.permissions.size() == ApiKeyTable::allPermissions().size() ? tr("all permissions")
                                                                                           : key.permissions.join(QStringLiteral(", ")))
            << (key.allowedIps.isEmpty() ? QString() : tr("; only from %1").arg(key.allowedIps.join(QStringLiteral(", ")))) << '\n';
    }
    out << tr("Control API: %1/_sandbox/ (keys, faults, config, reset, state, requests, sent, webhooks/<any>). Ctrl+C stops.")
               .arg(host.baseUrl().toString()) << Qt::endl;

    quitOnTerminationSignals(&host);
    const int status = QCoreApplication::exec();
    host.stop();
    return status;
}
