#include "webhook/connectedcontentgate.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <condition_variable>
#include <mutex>

namespace Webhook {

// One call's result, handed from the gate's thread to the rendering thread.
struct PendingFetch
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    Liquid::ConnectedContentResponse response;

    void finish(const Liquid::ConnectedContentResponse &result)
    {
        const std::lock_guard lock(mutex);
        if (finished)
            return;
        response = result;
        finished = true;
        done.notify_all();
    }
};

ConnectedContentGate::ConnectedContentGate()
    : m_thread(std::make_unique<QThread>())
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("connected_content"));
    m_context->moveToThread(m_thread.get());
    m_thread->start();
}

ConnectedContentGate::~ConnectedContentGate()
{
    // What still runs is aborted in the thread that owns it; the context goes once that thread ended.
    QMetaObject::invokeMethod(m_context, [this] {
        delete m_manager;
        m_manager = nullptr;
        const QObjectList timers = m_context->children();   // a copy: deleting changes the list
        qDeleteAll(timers);
    }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
}

QString ConnectedContentGate::refusal(const QHostAddress &address, bool loopbackAllowed)
{
    if (address.isLoopback())
        return loopbackAllowed ? QString() : QCoreApplication::translate("ConnectedContentGate", "it leads to this computer (%1)").arg(address.toString());
    static const QList<QPair<QHostAddress, int>> privateNetworks{
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),      QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),  QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")), QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
    };
    static const QList<QPair<QHostAddress, int>> linkLocal{
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")), QHostAddress::parseSubnet(QStringLiteral("fe80::/10")),
    };
    QHostAddress v4 = address;
    bool mapped = false;
    if (const quint32 ip = address.toIPv4Address(&mapped); mapped)
        v4 = QHostAddress(ip);   // ::ffff:10.0.0.1 is 10.0.0.1
    if (v4 == QHostAddress(QStringLiteral("169.254.169.254")) || v4 == QHostAddress(QStringLiteral("fd00:ec2::254")))
        return QCoreApplication::translate("ConnectedContentGate", "it leads to a cloud metadata service (%1)").arg(address.toString());
    for (const auto &subnet : linkLocal) {
        if (v4.isInSubnet(subnet))
            return QCoreApplication::translate("ConnectedContentGate", "it leads to a link-local address (%1)").arg(address.toString());
    }
    for (const auto &subnet : privateNetworks) {
        if (v4.isInSubnet(subnet))
            return QCoreApplication::translate("ConnectedContentGate", "it leads to a private network address (%1)").arg(address.toString());
    }
    if (v4.isMulticast() || v4.isBroadcast() || v4.isNull())
        return QCoreApplication::translate("ConnectedContentGate", "%1 is not an address a server answers on").arg(address.toString());
    return {};
}

Liquid::ConnectedContentResponse ConnectedContentGate::fetch(const Liquid::ConnectedContentRequest &request)
{
    Liquid::ConnectedContentResponse response;
    if (!m_allowed) {
        response.error = QCoreApplication::translate("ConnectedContentGate", "not fetched: allow connected content calls to fetch it");
        return response;
    }
    const QUrl url(request.url);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        response.error = QCoreApplication::translate("ConnectedContentGate", "“%1” is not a web address").arg(request.url);
        return response;
    }
    auto pending = std::make_shared<PendingFetch>();
    QMetaObject::invokeMethod(m_context, [this, request, pending] { start(request, pending); });
    // The gate's thread ends every call within its own time limits; the wait has a margin on
    // top so that a stuck resolver cannot hold the render for ever.
    std::unique_lock lock(pending->mutex);
    // From here on the call went out (or was refused at its address): a live call.
    response.origin = Liquid::ConnectedContentResponse::Origin::Live;
    if (!pending->done.wait_for(lock, std::chrono::milliseconds(2 * m_timeoutMs + 1000), [&] { return pending->finished; })) {
        response.error = QCoreApplication::translate("ConnectedContentGate", "no answer within %1 ms").arg(m_timeoutMs.load());
        return response;
    }
    Liquid::ConnectedContentResponse answer = pending->response;
    answer.origin = Liquid::ConnectedContentResponse::Origin::Live;
    return answer;
}

void ConnectedContentGate::start(const Liquid::ConnectedContentRequest &request, const std::shared_ptr<PendingFetch> &pending)
{
    const QString host = QUrl(request.url).host();
    auto *deadline = new QTimer(m_context);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, m_context, [pending, deadline, this] {
        Liquid::ConnectedContentResponse timedOut;
        timedOut.error = QCoreApplication::translate("ConnectedContentGate", "no answer within %1 ms").arg(m_timeoutMs.load());
        pending->finish(timedOut);
        deadline->deleteLater();
    });
    deadline->start(m_timeoutMs);
    QHostInfo::lookupHost(host, m_context, [this, request, pending, deadline](const QHostInfo &info) {
        if (pending->finished)
            return;
        Liquid::ConnectedContentResponse refused;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            refused.error = QCoreApplication::translate("ConnectedContentGate", "the server “%1” could not be found").arg(QUrl(request.url).host());
            pending->finish(refused);
            return;
        }
        // Every address must be acceptable: a name with one public and one private address
        // would otherwise reach the private one on the next try.
        for (const QHostAddress &address : info.addresses()) {
            if (const QString why = refusal(address, m_loopbackAllowed); !why.isEmpty()) {
                refused.error = QCoreApplication::translate("ConnectedContentGate", "not fetched: the console refuses to call “%1” because %2").arg(request.url, why);
                pending->finish(refused);
                return;
            }
        }
        deadline->stop();
        deadline->deleteLater();
        send(request, info.addresses().constFirst(), pending);
    });
}

void ConnectedContentGate::send(const Liquid::ConnectedContentRequest &request, const QHostAddress &address, const std::shared_ptr<PendingFetch> &pending)
{
    if (!m_manager)
        m_manager = new QNetworkAccessManager;
    // The call goes to the address that was checked, not to the name again (which could now
    // resolve elsewhere); TLS still verifies the certificate against the name.
    const QUrl original(request.url);
    QUrl url = original;
    url.setHost(address.toString());
    QNetworkRequest networkRequest(url);
    networkRequest.setPeerVerifyName(original.host());
    networkRequest.setRawHeader("Host", (original.port() > 0 ? QStringLiteral("%1:%2").arg(original.host()).arg(original.port()) : original.host()).toUtf8());
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Braze Sender (braze-console preview)"));
    if (!request.contentType.isEmpty()) {
        networkRequest.setRawHeader("Content-Type", request.contentType.toUtf8());
        networkRequest.setRawHeader("Accept", request.contentType.toUtf8());
    }
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name.toUtf8(), value.toUtf8());
    QNetworkReply *reply = request.method == QLatin1String("POST") ? m_manager->post(networkRequest, request.body.toUtf8())
                                                                     : m_manager->get(networkRequest);
    // Qt buffers at most this much unread; the reads below drain it as it arrives.
    reply->setReadBufferSize(MaxResponseBytes + 1);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    const int timeoutMs = m_timeoutMs;
    QObject::connect(timer, &QTimer::timeout, reply, [reply, pending, timeoutMs] {
        Liquid::ConnectedContentResponse timedOut;
        timedOut.error = QCoreApplication::translate("ConnectedContentGate", "no answer within %1 ms").arg(timeoutMs);
        pending->finish(timedOut);
        reply->abort();
    });
    timer->start(timeoutMs);
    // Read as it arrives, so Qt keeps reading from the socket; past the limit the call ends.
    auto received = std::make_shared<QByteArray>();
    const auto readMore = [reply, pending, received] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced <= MaxResponseBytes)
            *received += reply->read(MaxResponseBytes + 1 - received->size());
        if (announced <= MaxResponseBytes && received->size() <= MaxResponseBytes)
            return;
        Liquid::ConnectedContentResponse refused;
        refused.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        refused.error = QCoreApplication::translate("ConnectedContentGate", "the answer is larger than 1 MB, Braze's limit, and was not used");
        pending->finish(refused);
        received->clear();
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, readMore);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, readMore);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, pending, received] {
        Liquid::ConnectedContentResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = *received;
        if (reply->isOpen())   // an aborted reply (time or size limit) is closed, and was answered already
            response.body += reply->read(std::max<qint64>(0, MaxResponseBytes - received->size()));
        response.performed = response.status > 0;
        if (response.status == 0)
            response.error = reply->errorString();
        pending->finish(response);   // ignored when the limit or the time ran out first
        reply->deleteLater();
    });
}

} // namespace Webhook
