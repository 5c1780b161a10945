#pragma once

#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

// Talks to a SandboxHost the way the console does: QNetworkAccessManager over loopback.
// Each call waits for the reply with QSignalSpy::wait (no sleeps).
class SandboxTestClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QJsonArray array;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QList<QNetworkReply::RawHeaderPair> headers;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
        QString message() const { return json.value(QLatin1String("message")).toString(); }
    };

    explicit SandboxTestClient(const QUrl &baseUrl) : m_base(baseUrl) {}

    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const
    {
        QUrl u = m_base;
        u.setPath(path);
        if (!query.isEmpty()) {
            // Encode '+' as %2B, as a correct client must (a bare '+' means a space).
            QStringList parts;
            for (const auto &q : query)
                parts << QString::fromLatin1(QUrl::toPercentEncoding(q.first) + '=' + QUrl::toPercentEncoding(q.second));
            u.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
        }
        return u;
    }

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &key,
               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}, int timeoutMs = 5000)
    {
        QNetworkRequest request(url);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key);
        for (const auto &h : extraHeaders)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        r.json = doc.object();
        r.array = doc.array();
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
        return r;
    }

    Reply post(const QString &path, const QJsonObject &body, const QByteArray &key)
    {
        return send("POST", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), key);
    }
    Reply get(const QString &path, const QList<QPair<QString, QString>> &query, const QByteArray &key)
    {
        return send("GET", url(path, query), {}, key);
    }
    // Control API helpers.
    Reply control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return send(method, url(path), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), {});
    }

    QNetworkAccessManager &manager() { return m_nam; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};
