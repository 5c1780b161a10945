#include "webhook/audience/userlinesreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Webhook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Webhook::UserLinesReader", text);
}

} // namespace

UserLinesReader::UserLinesReader(const QString &path)
    : m_path(path)
    , m_file(path)
{
}

bool UserLinesReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("Could not open the users file “%1”: %2.").arg(m_path, m_file.errorString());
        return false;
    }
    m_size = m_file.isSequential() ? -1 : m_file.size();
    return true;
}

bool UserLinesReader::readLine(QByteArray *line, bool *tooLong)
{
    *tooLong = false;
    *line = m_file.readLine(MaxLineBytes + 1);
    if (line->isEmpty())
        return false;
    m_offset += line->size();
    // readLine() stops at the cap before the line ends: the line is too long.
    if (!line->endsWith('\n') && !m_file.atEnd()) {
        *tooLong = true;
        line->clear();
        // Skip the rest of the line in bounded pieces.
        while (!m_file.atEnd()) {
            const QByteArray rest = m_file.readLine(MaxLineBytes);
            m_offset += rest.size();
            if (rest.isEmpty() || rest.endsWith('\n'))
                break;
        }
    }
    return true;
}

bool UserLinesReader::parse(const QByteArray &line, QList<PreviewUser> *users, QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset + 1);
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("not a user object");
        return false;
    }
    const QJsonObject object = doc.object();
    QJsonArray objects{object};
    if (object.value(QStringLiteral("users")).isArray())
        objects = object.value(QStringLiteral("users")).toArray();
    for (const QJsonValue &value : std::as_const(objects)) {
        PreviewUser user;
        QString problem;
        if (!value.isObject()) {
            *error = tr("the users array holds something that is not a user object");
            return false;
        }
        if (!PreviewUser::fromJson(value.toObject(), &user, &problem)) {
            *error = problem;
            return false;
        }
        users->append(user);
    }
    return true;
}

bool UserLinesReader::next(Item *item)
{
    item->error.clear();
    while (m_pending.isEmpty()) {
        const qint64 start = m_offset;
        QByteArray line;
        bool tooLong = false;
        if (!readLine(&line, &tooLong)) {
            if (m_file.error() != QFileDevice::NoError)
                m_error = tr("Reading the users file stopped at line %1: %2.").arg(m_line + 1).arg(m_file.errorString());
            return false;
        }
        ++m_line;
        m_pendingRef = AudienceUserRef{QString(), m_line, start, -1};
        if (tooLong) {
            item->ref = m_pendingRef;
            item->error = tr("longer than %1 MB").arg(MaxLineBytes / (1024 * 1024));
            return true;
        }
        if (line.trimmed().isEmpty())
            continue;
        QString error;
        if (!parse(line, &m_pending, &error)) {
            m_pending.clear();
            item->ref = m_pendingRef;
            item->error = error;
            return true;
        }
    }
    item->user = m_pending.takeFirst();
    item->ref = m_pendingRef;
    item->ref.label = tr("line %1: %2").arg(m_line).arg(item->user.displayName());
    item->user.origin = item->ref.label;
    return true;
}

bool UserLinesReader::readUserAt(const QString &path, const AudienceUserRef &ref, PreviewUser *user, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(ref.fileOffset)) {
        *error = tr("Could not read line %1 of “%2” again: %3.").arg(ref.line).arg(path, file.errorString());
        return false;
    }
    UserLinesReader reader(path);
    QList<PreviewUser> users;
    if (!reader.parse(file.readLine(MaxLineBytes), &users, error) || users.isEmpty()) {
        *error = tr("Line %1 of “%2” changed since the preview: %3").arg(ref.line).arg(path, *error);
        return false;
    }
    // A line with several users: the label names which one.
    for (const PreviewUser &candidate : std::as_const(users)) {
        if (ref.label.endsWith(candidate.displayName())) {
            *user = candidate;
            user->origin = ref.label;
            return true;
        }
    }
    *user = users.first();
    user->origin = ref.label;
    return true;
}

} // namespace Webhook
