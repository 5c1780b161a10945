#include "webhook/templatelibrary.h"

#include "webhook/templatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Webhook {

namespace {
} // namespace

TemplateLibrary::TemplateLibrary(const QString &folder, QObject *parent)
    : QAbstractListModel(parent)
    , m_folder(folder.isEmpty() ? defaultFolder() : folder)
{
}

QString TemplateLibrary::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/webhook-templates");
}

QStringList TemplateLibrary::load()
{
    QStringList problems;
    beginResetModel();
    m_templates.clear();
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        WebhookTemplate webhook;
        QString error;
        if (!TemplateFile::read(dir.filePath(name), &webhook, &error)) {
            problems.append(error);
            continue;
        }
        webhook.id = QFileInfo(name).completeBaseName();   // the file name is the identity
        m_templates.append(webhook);
    }
    std::sort(m_templates.begin(), m_templates.end(), [](const WebhookTemplate &a, const WebhookTemplate &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    endResetModel();
    return problems;
}

int TemplateLibrary::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant TemplateLibrary::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_templates.size())
        return {};
    const WebhookTemplate &webhook = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return webhook.name.isEmpty() ? tr("(unnamed)") : webhook.name;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2").arg(webhook.method, webhook.url);
    case IdRole:
        return webhook.id;
    case UrlRole:
        return webhook.url;
    case MethodRole:
        return webhook.method;
    case SearchTextRole:
        return QStringList{webhook.name, webhook.url, webhook.notes}.join(QLatin1Char('\n'));
    }
    return {};
}

int TemplateLibrary::rowOf(const QString &id) const
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id == id)
            return row;
    }
    return -1;
}

WebhookTemplate TemplateLibrary::templateById(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_templates.at(row) : WebhookTemplate();
}

QString TemplateLibrary::pathFor(const QString &id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".json"));
}

QString TemplateLibrary::save(WebhookTemplate webhook, QString *error)
{
    if (webhook.id.isEmpty())
        webhook.id = WebhookTemplate::newId();
    webhook.modified = QDateTime::currentDateTimeUtc();
    if (!TemplateFile::write(pathFor(webhook.id), webhook, error))
        return {};
    const int row = rowOf(webhook.id);
    if (row >= 0) {
        m_templates[row] = webhook;
        emit dataChanged(index(row), index(row));
    } else {
        beginInsertRows(QModelIndex(), int(m_templates.size()), int(m_templates.size()));
        m_templates.append(webhook);
        endInsertRows();
    }
    emit templateSaved(webhook.id);
    return webhook.id;
}

QString TemplateLibrary::create(const QString &name, QString *error)
{
    WebhookTemplate webhook;
    webhook.name = uniqueName(name);
    webhook.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    return save(webhook, error);
}

QString TemplateLibrary::duplicate(const QString &id, QString *error)
{
    if (!contains(id))
        return {};
    WebhookTemplate copy = templateById(id);
    copy.id.clear();
    copy.name = uniqueName(copy.name);
    return save(copy, error);
}

bool TemplateLibrary::rename(const QString &id, const QString &name, QString *error)
{
    if (!contains(id) || name.trimmed().isEmpty())
        return false;
    WebhookTemplate webhook = templateById(id);
    webhook.name = name.trimmed();
    return !save(webhook, error).isEmpty();
}

bool TemplateLibrary::remove(const QString &id, QString *error)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    QFile file(pathFor(id));
    if (file.exists() && !file.remove()) {
        if (error)
            *error = tr("Could not delete “%1”: %2.").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_templates.removeAt(row);
    endRemoveRows();
    emit templateRemoved(id);
    return true;
}

QString TemplateLibrary::importFile(const QString &path, QString *error)
{
    WebhookTemplate webhook;
    if (!TemplateFile::read(path, &webhook, error))
        return {};
    webhook.id.clear();
    webhook.name = uniqueName(webhook.name.isEmpty() ? QFileInfo(path).completeBaseName() : webhook.name);
    return save(webhook, error);
}

bool TemplateLibrary::exportFile(const QString &id, const QString &path, QString *error) const
{
    if (!contains(id))
        return false;
    WebhookTemplate webhook = templateById(id);
    webhook.id.clear();
    return TemplateFile::write(path, webhook, error);
}

QString TemplateLibrary::uniqueName(const QString &wanted) const
{
    const QString base = wanted.trimmed().isEmpty() ? tr("New webhook") : wanted.trimmed();
    auto taken = [this](const QString &name) {
        return std::any_of(m_templates.cbegin(), m_templates.cend(), [&](const WebhookTemplate &t) { return t.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

} // namespace Webhook
