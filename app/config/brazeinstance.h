#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Config {

// One Braze instance ("cluster") and its REST endpoint, as listed in Braze's documentation.
struct BrazeInstance
{
    QString id;     // "US-03"
    QString host;   // "rest.iad-03.braze.com"

    QUrl restEndpoint() const;
    // "US-03 — rest.iad-03.braze.com", as the endpoint picker shows it.
    QString displayName() const;

    // Every instance a workspace can live on (Braze REST API reference, section 1).
    static const QList<BrazeInstance> &all();
    // The instance whose REST host this is, or nullptr for any other host.
    static const BrazeInstance *forHost(const QString &host);
};

} // namespace Config
