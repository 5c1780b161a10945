#pragma once

#include "braze/apierror.h"

#include <QMenu>
#include <QPointer>

namespace Braze {
class BrazeClient;
class RequestHandle;
}

// "Insert Content Block": the workspace's Content Blocks, read with /content_blocks/list through
// the workspace's client (the network layer works off the GUI thread). It reads them when the
// workspace changes and again each time it opens after a failure; while loading, and when the
// call fails (a missing permission is named), it says so in place of the list. Choosing a block
// inserts {{content_blocks.${name}}}.
class ContentBlockMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ContentBlockMenu(QWidget *parent = nullptr);

    void setClient(Braze::BrazeClient *client);
    void reload();
    const QStringList &names() const { return m_names; }

    // {{content_blocks.${name}}}: how Braze's Liquid includes a Content Block.
    static QString tagFor(const QString &name);

signals:
    void tagChosen(const QString &liquid);
    // The names were read (possibly none): the editor completes them after content_blocks.${.
    void namesChanged(const QStringList &names);

private:
    void rebuild();

    QPointer<Braze::BrazeClient> m_client;
    QPointer<Braze::RequestHandle> m_pending;
    QStringList m_names;
    QStringList m_descriptions;
    Braze::ApiError m_error;
    bool m_loaded = false;
};
