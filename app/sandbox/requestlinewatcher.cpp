#include "sandbox/requestlinewatcher.h"

#include <QTcpSocket>

namespace Sandbox {

namespace {
// Longer request lines are not looked at: the request is then taken for HTTP/1.1.
constexpr qsizetype MaxRequestLine = 16 * 1024;

bool hasToken(const QByteArray &headerValue, QByteArrayView token)
{
    const QList<QByteArray> tokens = headerValue.split(',');
    return std::any_of(tokens.begin(), tokens.end(),
                       [token](const QByteArray &t) { return t.trimmed().compare(token, Qt::CaseInsensitive) == 0; });
}
} // namespace

RequestLineWatcher::RequestLineWatcher(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QIODevice::readyRead, this, &RequestLineWatcher::readRequestLine);
}

void RequestLineWatcher::watch(QTcpSocket *socket)
{
    new RequestLineWatcher(socket);
}

bool RequestLineWatcher::keepsAlive(const QTcpSocket *socket, const QByteArray &connectionHeader)
{
    if (hasToken(connectionHeader, "close"))
        return false;
    const auto *watcher = socket ? socket->findChild<RequestLineWatcher *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (watcher && watcher->m_version == "1.0")
        return hasToken(connectionHeader, "keep-alive");
    return true;
}

void RequestLineWatcher::readRequestLine()
{
    if (!m_socket->isTransactionStarted()) {
        // The previous request was committed (or this is the first): a new request line starts here.
        m_line.clear();
        m_version.clear();
        m_lineComplete = false;
    }
    if (m_lineComplete || m_line.size() > MaxRequestLine)
        return;
    QByteArray seen = m_socket->peek(MaxRequestLine);
    if (m_line.isEmpty()) {
        // Like QtHttpServer, skip the line breaks a previous request may have left behind.
        qsizetype start = 0;
        while (start < seen.size() && QByteArrayView(" \t\r\n\v").contains(seen.at(start)))
            ++start;
        seen.remove(0, start);
    } else if (seen.startsWith(m_line)) {
        // The server left the partial line unread (Qt 6.8's parser waits for whole lines).
        m_line.clear();
    }
    const qsizetype end = seen.indexOf('\n');
    m_line += end < 0 ? seen : seen.left(end);
    if (end < 0)
        return; // Qt 6.4 reads the partial line; the rest follows with the next readyRead
    m_lineComplete = true;
    const QByteArray protocol = m_line.trimmed().split(' ').constLast();
    if (protocol.startsWith("HTTP/"))
        m_version = protocol.mid(5);
}

} // namespace Sandbox
