#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSettings>
#include <QString>

namespace Config {

// The console's own preferences (not the workspaces), typed, in a JSON file in the user's config
// folder (braze-console.json), written atomically with every step checked.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(Config::AppSettings)

public:
    AppSettings();

    // "" follows the system locale; otherwise "en", "de" or "fr".
    QString language() const;
    void setLanguage(const QString &language);

    // "" follows the desktop; otherwise "light" or "dark".
    QString appearance() const;
    void setAppearance(const QString &appearance);
    // Whether the request log is kept between runs (on unless the user turned it off).
    bool keepRequestLog() const;
    void setKeepRequestLog(bool keep);

    // Whether the user dismissed the "Start here" page, which opens at start until then.
    bool startHereDismissed() const;
    void setStartHereDismissed(bool dismissed);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    // What the user last typed into a workflow's parameters, per workspace: kept across pages
    // and restarts so a rehearsal can be repeated as it was.
    QHash<QString, QString> workflowParameters(const QString &workspaceId, const QString &workflowId) const;
    void setWorkflowParameters(const QString &workspaceId, const QString &workflowId, const QHash<QString, QString> &values);

    static QStringList supportedLanguages();

    // Writes what was set and returns why it could not be saved, or an empty string.
    QString saveProblem();

private:
    QSettings m_settings;
};

} // namespace Config
