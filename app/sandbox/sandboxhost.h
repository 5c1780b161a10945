#pragma once

#include "sandbox/sandboxserver.h"

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QUrl>

class QThread;

namespace Sandbox {

class HttpServerAdapter;

// Runs a sandbox in its own thread on a loopback port, so the GUI never waits for it and each
// test can have its own. The HTTP server is created, used and destroyed inside that thread.
//
//     SandboxHost host;
//     QVERIFY(host.startAndWait());              // or start() and wait for started(QUrl)
//     QUrl url = host.baseUrl();                 // http://127.0.0.1:PORT
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;                       // 0: any free port
        SandboxServer::Options server;
        // A long-lived sandbox (the console's, `braze-cli sandbox`) says where it answers beside
        // its state file, so braze-cli commands use it instead of a sandbox of their own.
        bool announce = false;
    };

    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // Starts in the background; emits started() or failed().
    void start(const Options &options);
    void start() { start(Options()); }
    // Starts and blocks until listening (a few milliseconds): for tests and the CLI.
    bool startAndWait(const Options &options);
    bool startAndWait() { return startAndWait(Options()); }
    void stop();

    bool isRunning() const;
    QUrl baseUrl() const;
    QString errorString() const;

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    void requestHandled(const QString &line);

private:
    void launch(const Options &options, Qt::ConnectionType connection);
    // Runs in the server thread.
    void createServer(const Options &options);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;               // lives in m_thread; parent of server and adapter
    mutable QMutex m_mutex;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace Sandbox
