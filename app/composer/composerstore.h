#pragma once

#include "composer/composedrequest.h"

#include <QHash>
#include <QObject>

// What the request composer keeps between runs, in one JSON file in the data folder
// (composer.json), written through the one atomic save path: the draft (the request as last
// typed, so nothing typed is lost) and named favourites per workspace. It holds what the user
// typed, never an API key (that goes in a header the client adds).
class ComposerStore : public QObject
{
    Q_OBJECT

public:
    // path: the JSON file; empty = defaultPath().
    explicit ComposerStore(const QString &path = {}, QObject *parent = nullptr);

    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file. A missing file is an empty store; an unreadable one is kept aside under a
    // new name (so saving cannot overwrite it) and reported. Returns the problem or empty.
    QString load();

    // The draft; empty (no path, no body) when there is none.
    ComposedRequest draft() const { return m_draft; }
    // Keeps the draft (written at once; returns the save problem or empty).
    QString setDraft(const ComposedRequest &draft);

    QList<ComposedRequest> favourites(const QString &workspaceId) const { return m_favourites.value(workspaceId); }
    // Adds the favourite, or replaces the one of the same name. Returns a problem or empty.
    QString saveFavourite(const QString &workspaceId, const ComposedRequest &favourite);
    QString removeFavourite(const QString &workspaceId, const QString &name);

signals:
    void favouritesChanged(const QString &workspaceId);

private:
    QString save();

    QString m_path;
    ComposedRequest m_draft;
    QHash<QString, QList<ComposedRequest>> m_favourites;
};
