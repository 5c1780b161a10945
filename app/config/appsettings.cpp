#include "config/appsettings.h"

#include <QDir>
#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Config {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString KeepRequestLogKey = QStringLiteral("requestLog/keep");
const QString StartHereDismissedKey = QStringLiteral("ui/startHereDismissed");
const QString AppearanceKey = QStringLiteral("ui/appearance");
const QStringList Appearances{QStringLiteral("light"), QStringLiteral("dark")};
const QString BytesTag = QStringLiteral("base64");

// QSettings' own INI writer ignores a failed flush, and its QSaveFile then replaces the file with
// a truncated one on a full disk (Qt 6.4). This format writes JSON and checks the write and the
// flush, so QSettings gives up and keeps the previous file.
bool readJson(QIODevice &device, QSettings::SettingsMap &map)
{
    const QJsonDocument document = QJsonDocument::fromJson(device.readAll());
    if (!document.isObject())
        return device.size() == 0;
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject tagged = it.value().toObject();
        map.insert(it.key(), tagged.contains(BytesTag) ? QVariant(QByteArray::fromBase64(tagged.value(BytesTag).toString().toLatin1()))
                                                       : it.value().toVariant());
    }
    return true;
}

bool writeJson(QIODevice &device, const QSettings::SettingsMap &map)
{
    QJsonObject root;
    for (auto it = map.begin(); it != map.end(); ++it) {
        root.insert(it.key(), it.value().typeId() == QMetaType::QByteArray
                                  ? QJsonValue(QJsonObject{{BytesTag, QString::fromLatin1(it.value().toByteArray().toBase64())}})
                                  : QJsonValue::fromVariant(it.value()));
    }
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    auto *file = qobject_cast<QFileDevice *>(&device);
    return device.write(data) == data.size() && (!file || file->flush());
}

QSettings::Format jsonFormat()
{
    static const QSettings::Format format = QSettings::registerFormat(QStringLiteral("json"), readJson, writeJson);
    return format;
}

} // namespace

AppSettings::AppSettings()
    : m_settings(jsonFormat(), QSettings::UserScope, QCoreApplication::organizationName(), QCoreApplication::applicationName())
{
    // Preferences written before the JSON file existed (braze-console.conf) are taken over once.
    if (m_settings.allKeys().isEmpty()) {
        const QSettings previous;
        for (const QString &key : previous.allKeys())
            m_settings.setValue(key, previous.value(key));
    }
}

QString AppSettings::language() const
{
    const QString language = m_settings.value(LanguageKey).toString();
    return supportedLanguages().contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, supportedLanguages().contains(language) ? language : QString());
}

QString AppSettings::appearance() const
{
    const QString appearance = m_settings.value(AppearanceKey).toString();
    return Appearances.contains(appearance) ? appearance : QString();
}

void AppSettings::setAppearance(const QString &appearance)
{
    m_settings.setValue(AppearanceKey, Appearances.contains(appearance) ? appearance : QString());
}

bool AppSettings::keepRequestLog() const
{
    return m_settings.value(KeepRequestLogKey, true).toBool();
}

void AppSettings::setKeepRequestLog(bool keep)
{
    m_settings.setValue(KeepRequestLogKey, keep);
}

bool AppSettings::startHereDismissed() const
{
    return m_settings.value(StartHereDismissedKey, false).toBool();
}

void AppSettings::setStartHereDismissed(bool dismissed)
{
    m_settings.setValue(StartHereDismissedKey, dismissed);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QString AppSettings::saveProblem()
{
    m_settings.sync();
    if (m_settings.status() == QSettings::NoError)
        return {};
    return tr("The preferences could not be saved to %1. The disk may be full or the folder read-only.")
        .arg(QDir::toNativeSeparators(m_settings.fileName()));
}

namespace {
QString parametersKey(const QString &workspaceId, const QString &workflowId)
{
    // QSettings treats '/' as a group separator; ids never contain it, but keep keys flat anyway.
    return QStringLiteral("workflowParameters/%1|%2").arg(QString(workspaceId).replace(QLatin1Char('/'), QLatin1Char('_')),
                                                           QString(workflowId).replace(QLatin1Char('/'), QLatin1Char('_')));
}
}

QHash<QString, QString> AppSettings::workflowParameters(const QString &workspaceId, const QString &workflowId) const
{
    QHash<QString, QString> values;
    const QVariantMap saved = m_settings.value(parametersKey(workspaceId, workflowId)).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        values.insert(it.key(), it.value().toString());
    return values;
}

void AppSettings::setWorkflowParameters(const QString &workspaceId, const QString &workflowId, const QHash<QString, QString> &values)
{
    QVariantMap map;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        map.insert(it.key(), it.value());
    m_settings.setValue(parametersKey(workspaceId, workflowId), map);
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

} // namespace Config
