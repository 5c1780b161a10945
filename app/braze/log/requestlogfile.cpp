#include "braze/log/requestlogfile.h"

#include "braze/log/requestlogexport.h"
#include "braze/log/requestlogmodel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Braze {

namespace {

// The first line names the format, so a file of some other kind is never taken for a log.
const QByteArray Header = "{\"format\":\"braze-console request log\",\"version\":1}";

QByteArray lineOf(const RequestLogEntry &entry)
{
    return QJsonDocument(requestLogEntryToJson(entry)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

RequestLogFile::RequestLogFile(const QString &fileName, RequestLogModel *log, QObject *parent)
    : QObject(parent)
    , m_fileName(fileName)
    , m_log(log)
{
    connect(log, &RequestLogModel::entryAppended, this, &RequestLogFile::append);
    connect(log, &RequestLogModel::cleared, this, [this] {
        if (m_keeping)
            QFile::remove(m_fileName);
    });
}

QString RequestLogFile::load()
{
    QFile file(m_fileName);
    if (!file.exists() || !m_keeping)
        return {};
    QList<RequestLogEntry> entries;
    bool readable = file.open(QIODevice::ReadOnly) && file.size() <= 2 * m_maxBytes && file.readLine().trimmed() == Header;
    while (readable && !file.atEnd()) {
        const QByteArray line = file.readLine();
        RequestLogEntry entry;
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(line, &error);
        if (error.error == QJsonParseError::NoError && json.isObject() && requestLogEntryFromJson(json.object(), &entry)) {
            entries.append(entry);
            continue;
        }
        // A last line cut short (the console stopped mid-write) loses one entry, not the log.
        readable = file.atEnd();
    }
    file.close();
    if (readable) {
        m_log->reset(entries);
        return {};
    }
    const QFileInfo info(m_fileName);
    const QString aside = info.dir().filePath(QStringLiteral("%1.unreadable-%2.%3")
                                                  .arg(info.completeBaseName(),
                                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                                       info.suffix()));
    if (!QFile::rename(m_fileName, aside)) {
        // Neither read nor moved: stop keeping rather than overwrite what the user may want back.
        m_keeping = false;
        return tr("The request log of earlier runs (%1) could not be read or moved aside; the log starts empty and "
                  "is not kept in this run.").arg(QDir::toNativeSeparators(m_fileName));
    }
    return tr("The request log of earlier runs could not be read. It was kept as %1; the log starts empty.")
        .arg(QDir::toNativeSeparators(aside));
}

void RequestLogFile::setKeeping(bool keep)
{
    if (keep == m_keeping)
        return;
    m_keeping = keep;
    if (!keep) {
        QFile::remove(m_fileName);
        return;
    }
    compact();
}

void RequestLogFile::append(const RequestLogEntry &entry)
{
    if (!m_keeping)
        return;
    QFile file(m_fileName);
    const bool fresh = !file.exists() || file.size() == 0;
    if (fresh)
        QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        fail(tr("The request log cannot be kept: %1.").arg(file.errorString()));
        return;
    }
    const qint64 sizeBefore = file.size();
    const QByteArray line = (fresh ? Header + '\n' : QByteArray()) + lineOf(entry);
    if (file.write(line) != line.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        // Leave no half line behind (it would end the file early on the next start).
        QFile::resize(m_fileName, sizeBefore);
        fail(tr("The request log cannot be kept: %1.").arg(reason));
        return;
    }
    const qint64 size = file.size();
    file.close();
    m_lastError.clear();
    if (size > m_maxBytes)
        compact();
}

void RequestLogFile::compact()
{
    if (!m_log)
        return;
    const QList<RequestLogEntry> &entries = m_log->entries();
    QByteArrayList lines;
    qint64 budget = m_maxBytes * 3 / 4 - Header.size() - 1;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        QByteArray line = lineOf(entries.at(i));
        budget -= line.size();
        if (budget < 0)
            break;
        lines.prepend(std::move(line));
    }
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(tr("The request log cannot be kept: %1.").arg(file.errorString()));
        return;
    }
    file.write(Header + '\n');
    for (const QByteArray &line : std::as_const(lines))
        file.write(line);
    if (!file.commit())
        fail(tr("The request log cannot be kept: %1.").arg(file.errorString()));
}

void RequestLogFile::fail(const QString &message)
{
    // Report once per problem, not once per request.
    if (message == m_lastError)
        return;
    m_lastError = message;
    emit writeFailed(message);
}

} // namespace Braze
