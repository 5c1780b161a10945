#include "webhook/autosavestore.h"

#include "webhook/templatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Webhook {

AutosaveStore::AutosaveStore(const QString &libraryFolder)
    : m_folder(QDir(libraryFolder).filePath(QStringLiteral("autosave")))
{
}

bool AutosaveStore::write(const WebhookTemplate &draft, QString *error) const
{
    WebhookTemplate copy = draft;
    copy.modified = QDateTime::currentDateTimeUtc();
    return TemplateFile::write(QDir(m_folder).filePath(draft.id + QStringLiteral(".json")), copy, error);
}

void AutosaveStore::remove(const QString &id) const
{
    QFile::remove(QDir(m_folder).filePath(id + QStringLiteral(".json")));
}

QList<WebhookTemplate> AutosaveStore::pending() const
{
    QList<WebhookTemplate> drafts;
    const QDir dir(m_folder);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        WebhookTemplate draft;
        if (TemplateFile::read(info.filePath(), &draft, nullptr)) {
            draft.id = info.completeBaseName();
            drafts.append(draft);
        }
    }
    return drafts;
}

} // namespace Webhook
