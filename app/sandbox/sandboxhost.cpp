#include "sandbox/sandboxhost.h"

#include "sandbox/httpserveradapter.h"

#include <QCoreApplication>
#include <QThread>

namespace Sandbox {

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
}

SandboxHost::~SandboxHost()
{
    stop();
}

void SandboxHost::start(const Options &options)
{
    launch(options, Qt::QueuedConnection);
}

bool SandboxHost::startAndWait(const Options &options)
{
    launch(options, Qt::BlockingQueuedConnection);
    return isRunning();
}

void SandboxHost::launch(const Options &options, Qt::ConnectionType connection)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("braze-sandbox"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    // Deleted in its own thread when the thread ends, and the server and adapter with it.
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_context, [this, options] { createServer(options); }, connection);
}

void SandboxHost::createServer(const Options &options)
{
    auto *server = new SandboxServer(options.server, m_context);
    auto *adapter = new HttpServerAdapter([server](const SandboxRequest &r) { return server->handle(r); }, m_context);
    connect(server, &SandboxServer::requestHandled, this, &SandboxHost::requestHandled);
    QString error;
    quint16 port = 0;
    if (!server->isValid())
        error = server->errorString();
    else if ((port = adapter->listen(options.address, options.port)) == 0)
        error = QCoreApplication::translate("Sandbox::SandboxHost", "The sandbox cannot listen on %1 port %2; the port may be in use.")
                    .arg(options.address.toString()).arg(options.port);
    QUrl url;
    if (error.isEmpty()) {
        url.setScheme(QStringLiteral("http"));
        url.setHost(options.address.toString());
        url.setPort(port);
        if (options.announce)
            server->announce(url);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_baseUrl = url;
        m_error = error;
    }
    if (error.isEmpty())
        emit started(url);
    else
        emit failed(error);
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_context = nullptr;
    QMutexLocker lock(&m_mutex);
    m_baseUrl.clear();
}

bool SandboxHost::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl.isValid() && !m_baseUrl.isEmpty();
}

QUrl SandboxHost::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl;
}

QString SandboxHost::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

} // namespace Sandbox
