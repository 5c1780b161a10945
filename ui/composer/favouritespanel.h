#pragma once

#include "composer/composedrequest.h"

#include <QWidget>
#include <functional>

class ComposerStore;
class QLabel;
class QListWidget;
class QPushButton;

// The request composer's favourites of the active workspace: a list (a click opens one),
// "Save as favourite…" (asks for a name, offers "METHOD path") and Remove.
class FavouritesPanel : public QWidget
{
    Q_OBJECT

public:
    // `current` gives the request in the composer's editors, which a save keeps.
    FavouritesPanel(ComposerStore &store, std::function<ComposedRequest()> current, QWidget *parent = nullptr);

    void setWorkspace(const QString &workspaceId, const QString &workspaceName);
    // Saves the composer's request under this name; returns the problem, or empty.
    QString save(const QString &name);

signals:
    void favouriteChosen(const ComposedRequest &favourite);
    void problem(const QString &message);

private:
    void fill();

    ComposerStore &m_store;
    std::function<ComposedRequest()> m_current;
    QString m_workspaceId;
    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_save;
    QPushButton *m_remove;
};
