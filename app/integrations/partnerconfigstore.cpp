#include "integrations/partnerconfigstore.h"

#include "files/atomicfilewriter.h"

#include "config/secretstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Config;

namespace Integrations {

PartnerConfigStore::PartnerConfigStore(const QString &folder, SecretStore *secrets)
    : m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/integrations") : folder)
    , m_secrets(secrets)
{
}

QString PartnerConfigStore::filePath(const QString &workspaceId) const
{
    // Workspace ids are generated (UUID-like), but never let one walk out of the folder.
    QString safe = workspaceId;
    safe.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_')).replace(QStringLiteral(".."), QStringLiteral("__"));
    return m_folder + QLatin1Char('/') + safe + QStringLiteral(".json");
}

QJsonObject PartnerConfigStore::defaults(const PartnerDescription &partner)
{
    QJsonObject values;
    for (const FieldSpec &field : partner.fields) {
        if (field.isTable())
            values.insert(field.id, QJsonArray());
        else if (!field.isSecret())
            values.insert(field.id, field.defaultValue);
    }
    return values;
}

QJsonObject PartnerConfigStore::sandboxValues(const PartnerDescription &partner)
{
    QJsonObject values = defaults(partner);
    for (const FieldSpec &field : partner.fields) {
        if (!field.sandboxValue.isUndefined() && !field.sandboxValue.isNull())
            values.insert(field.id, field.sandboxValue);
    }
    return values;
}

QJsonObject PartnerConfigStore::readFile(const QString &workspaceId, QString *error) const
{
    QFile file(filePath(workspaceId));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The partner settings in %1 cannot be read: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("schema")).toInt() > SchemaVersion) {
        if (error)
            *error = tr("The partner settings in %1 are damaged or from a newer version; the defaults are shown instead.").arg(file.fileName());
        return {};
    }
    return root;
}

QJsonObject PartnerConfigStore::load(const QString &workspaceId, const PartnerDescription &partner, QString *error) const
{
    QJsonObject values = defaults(partner);
    const QJsonObject saved = readFile(workspaceId, error).value(QLatin1String("partners")).toObject().value(partner.id).toObject();
    for (const FieldSpec &field : partner.fields) {
        if (!field.isSecret() && saved.contains(field.id))
            values.insert(field.id, saved.value(field.id));
    }
    return values;
}

bool PartnerConfigStore::hasSaved(const QString &workspaceId, const QString &partnerId) const
{
    return readFile(workspaceId, nullptr).value(QLatin1String("partners")).toObject().contains(partnerId);
}

QString PartnerConfigStore::save(const QString &workspaceId, const PartnerDescription &partner, const QJsonObject &values) const
{
    QString readError;
    QJsonObject root = readFile(workspaceId, &readError);
    if (!readError.isEmpty())
        return readError;  // never overwrite a file we could not understand
    QJsonObject kept;
    for (const FieldSpec &field : partner.fields) {
        if (!field.isSecret() && values.contains(field.id))
            kept.insert(field.id, values.value(field.id));
    }
    QJsonObject partners = root.value(QLatin1String("partners")).toObject();
    partners.insert(partner.id, kept);
    root.insert(QStringLiteral("partners"), partners);
    return writeFile(workspaceId, root);
}

QString PartnerConfigStore::writeFile(const QString &workspaceId, QJsonObject root) const
{
    root.insert(QStringLiteral("schema"), SchemaVersion);
    if (!QDir().mkpath(m_folder))
        return tr("The folder %1 cannot be created.").arg(m_folder);
    return AtomicFileWriter::write(filePath(workspaceId), QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QJsonObject PartnerConfigStore::effective(const QString &workspaceId, bool sandbox, const PartnerDescription &partner, QString *error) const
{
    return sandbox && !hasSaved(workspaceId, partner.id) ? sandboxValues(partner) : load(workspaceId, partner, error);
}

QJsonObject PartnerConfigStore::checks(const QString &workspaceId, const QString &partnerId) const
{
    return readFile(workspaceId, nullptr).value(QLatin1String("checks")).toObject().value(partnerId).toObject();
}

QString PartnerConfigStore::recordCheck(const QString &workspaceId, const QString &partnerId, const QString &fieldId, const QJsonValue &value,
                                        bool verified, const QString &message) const
{
    QString readError;
    QJsonObject root = readFile(workspaceId, &readError);
    if (!readError.isEmpty())
        return readError;
    QJsonObject checks = root.value(QLatin1String("checks")).toObject();
    QJsonObject partner = checks.value(partnerId).toObject();
    partner.insert(fieldId, QJsonObject{{QStringLiteral("value"), value},
                                        {QStringLiteral("verdict"), verified ? QStringLiteral("verified") : QStringLiteral("refused")},
                                        {QStringLiteral("message"), message},
                                        {QStringLiteral("checkedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    checks.insert(partnerId, partner);
    root.insert(QStringLiteral("checks"), checks);
    return writeFile(workspaceId, root);
}

QString PartnerConfigStore::secretName(const QString &workspaceId, const QString &partnerId, const QString &fieldId)
{
    return QStringLiteral("partner/%1/%2/%3").arg(workspaceId, partnerId, fieldId);
}

void PartnerConfigStore::writeSecret(const QString &workspaceId, const QString &partnerId, const QString &fieldId, const QString &value,
                                     std::function<void()> done) const
{
    if (!m_secrets) {
        if (done)
            done();
        return;
    }
    const QString name = secretName(workspaceId, partnerId, fieldId);
    if (value.isEmpty())
        m_secrets->remove(name, std::move(done));
    else
        m_secrets->write(name, value, std::move(done));
}

void PartnerConfigStore::readSecret(const QString &workspaceId, const QString &partnerId, const QString &fieldId,
                                    std::function<void(std::optional<QString>)> done) const
{
    if (!m_secrets) {
        done(std::nullopt);
        return;
    }
    m_secrets->read(secretName(workspaceId, partnerId, fieldId), std::move(done));
}

} // namespace Integrations
