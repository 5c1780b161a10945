#pragma once

#include "sandbox/endpointtable.h"
#include "sandbox/faultinjector.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/receivedrequestlog.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxstate.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace Sandbox {

class ControlApi;
class StateFileLock;

// The sandbox without HTTP: turns a SandboxRequest into a SandboxReply the way Braze would
// (auth, permission, rate limit, validation, state change), plus injected faults and the
// /_sandbox control API. Lives in one thread; every call is synchronous and fast.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString seed = QStringLiteral("demo");  // "demo" | "empty"
        QString statePath;                      // empty: memory only
        SandboxConfig config;                   // before the state file's saved settings
        QJsonObject configOverrides;            // after them: settings asked for at start win
        FaultInjector::Settings faults;
        // How long to wait for another sandbox on the same state file to end (StateFileLock).
        int lockWaitMs = 10000;
    };

    explicit SandboxServer(const Options &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // False (with errorString()) when the state file exists but cannot be read.
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    SandboxReply handle(const SandboxRequest &request);

    SandboxState &state() { return m_state; }
    SandboxConfig &config() { return m_config; }
    FaultInjector &faults() { return m_faults; }
    ReceivedRequestLog &requestLog() { return m_log; }
    // Back to the chosen seed: state, rate-limit counters, faults and request log.
    void reset(const QString &seed);
    void replaceState(SandboxState state);
    void stateChanged();
    bool saveNow(QString *error = nullptr);
    // Tells other programs that this sandbox serves its state file at baseUrl (StateFileLock).
    void announce(const QUrl &baseUrl);

signals:
    // One line per request, for the CLI's log and the GUI.
    void requestHandled(const QString &line);
    void stateSaveFailed(const QString &message);

private:
    SandboxReply handleApi(const SandboxRequest &request, QString *keyName, QString *note);
    void addRateHeaders(SandboxReply &reply, const RateLimiter::Decision &decision) const;
    SandboxState seeded(const QString &seed) const;
    void post(const QUrl &url, const QJsonObject &json);

    SandboxState m_state;
    SandboxConfig m_config;
    FaultInjector m_faults;
    RateLimiter m_rateLimiter;
    ReceivedRequestLog m_log;
    EndpointTable m_endpoints;
    QNetworkAccessManager *m_network = nullptr;     // postbacks (transactional e-mail, export callbacks)
    ControlApi *m_control = nullptr;
    QString m_seed;
    QString m_statePath;
    QString m_error;
    QTimer m_saveTimer;
    std::unique_ptr<StateFileLock> m_lock;   // released after the last save
};

} // namespace Sandbox
