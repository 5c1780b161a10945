#include "webhook/connectedcontentsource.h"

#include <QRegularExpression>

namespace Webhook {

namespace {
constexpr qint64 MaxCachedBytes = 8 * 1024 * 1024;
constexpr int MaxCachedEntries = 200;
constexpr qint64 MaxCachedResponse = 1024 * 1024; // Braze does not cache larger answers
}

bool ConnectedContentCache::cacheable(const Liquid::ConnectedContentRequest &request)
{
    if (request.cacheMaxAge > 0)
        return true;
    return request.method == QLatin1String("GET") && !request.noCache;
}

QString ConnectedContentCache::keyOf(const Liquid::ConnectedContentRequest &request)
{
    return request.method + QChar(0) + request.url + QChar(0) + request.body;
}

std::optional<Liquid::ConnectedContentResponse> ConnectedContentCache::find(const Liquid::ConnectedContentRequest &request) const
{
    if (!cacheable(request))
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(keyOf(request));
    if (it == m_entries.cend() || it->expires.hasExpired())
        return std::nullopt;
    Liquid::ConnectedContentResponse response = it->response;
    response.origin = Liquid::ConnectedContentResponse::Origin::Cached;
    return response;
}

void ConnectedContentCache::keep(const Liquid::ConnectedContentRequest &request, const Liquid::ConnectedContentResponse &response)
{
    if (!cacheable(request) || !response.performed || response.status < 200 || response.status > 299 || response.body.size() > MaxCachedResponse)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= MaxCachedEntries || m_bytes + response.body.size() > MaxCachedBytes) {
        m_entries.clear();
        m_bytes = 0;
    }
    const int seconds = request.cacheMaxAge > 0 ? request.cacheMaxAge : DefaultSeconds;
    Entry &entry = m_entries[keyOf(request)];
    m_bytes += response.body.size() - entry.response.body.size();
    entry = Entry{response, QDeadlineTimer(qint64(seconds) * 1000)};
}

void ConnectedContentCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_bytes = 0;
}

QString ConnectedContentSource::credentialSecretName(const QString &credential)
{
    return QStringLiteral("connected_content/") + credential;
}

QStringList ConnectedContentSource::credentialSecretNamesIn(const QString &text)
{
    static const QRegularExpression option(QStringLiteral(":basic_auth\\s+([A-Za-z0-9_.\\-]+)"));
    QStringList names;
    for (auto it = option.globalMatch(text); it.hasNext();) {
        const QString name = credentialSecretName(it.next().captured(1));
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString ConnectedContentSource::describe(const Liquid::ConnectedContentCall &call)
{
    using Origin = Liquid::ConnectedContentResponse::Origin;
    const Liquid::ConnectedContentResponse &r = call.response;
    const QString what = call.request.method + QLatin1Char(' ') + call.request.url;
    QString outcome;
    if (!r.performed) {
        outcome = r.origin == Origin::Live ? tr("live, failed: %1").arg(r.error) : r.error;
    } else {
        switch (r.origin) {
        case Origin::Stubbed: outcome = tr("stubbed: HTTP %1").arg(r.status); break;
        case Origin::Cached: outcome = tr("cached: HTTP %1").arg(r.status); break;
        case Origin::Live:
        case Origin::NotFetched: outcome = tr("live: HTTP %1").arg(r.status); break;
        }
    }
    if (call.request.retry && call.attempted() && r.failed())
        outcome = tr("%1 (Braze would retry it)").arg(outcome);
    if (!call.request.saveAs.isEmpty())
        outcome = tr("%1, saved as %2").arg(outcome, call.request.saveAs);
    return QStringLiteral("%1 — %2").arg(what, outcome);
}

Liquid::ConnectedContentResponse ConnectedContentSource::fetch(const Liquid::ConnectedContentRequest &request)
{
    for (const ConnectedContentStub &stub : m_stubs) {
        if (!stub.matches(request.url))
            continue;
        Liquid::ConnectedContentResponse response;
        response.performed = true;
        response.status = stub.status;
        response.body = stub.body.toUtf8();
        response.origin = Liquid::ConnectedContentResponse::Origin::Stubbed;
        return response;
    }
    Liquid::ConnectedContentRequest sent = request;
    if (!request.basicAuth.isEmpty()) {
        const QString name = credentialSecretName(request.basicAuth);
        const QString credential = m_credentials ? m_credentials->value(name) : QString();
        if (credential.isEmpty()) {
            Liquid::ConnectedContentResponse missing;
            missing.credentialMissing = true;
            missing.error = tr("the Connected Content credential '%1' is not set up: enter it as the partner secret %2 (username:password)")
                                .arg(request.basicAuth, name);
            return missing;
        }
        sent.headers.append({QStringLiteral("Authorization"), QStringLiteral("Basic ") + QString::fromLatin1(credential.toUtf8().toBase64())});
    }
    if (m_cache) {
        if (std::optional<Liquid::ConnectedContentResponse> cached = m_cache->find(sent))
            return *cached;
    }
    if (!m_live) {
        Liquid::ConnectedContentResponse none;
        none.error = tr("the preview does not call connected content URLs");
        return none;
    }
    const Liquid::ConnectedContentResponse response = m_live->fetch(sent);
    if (m_cache)
        m_cache->keep(sent, response);
    return response;
}

} // namespace Webhook
