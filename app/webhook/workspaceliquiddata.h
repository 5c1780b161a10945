#pragma once

#include "liquid/braze/catalogsource.h"
#include "liquid/templatesource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <functional>

namespace Webhook {

// What a workspace holds for Liquid previews: its Content Blocks (for {{content_blocks.${name}}})
// and catalog items (for catalog_items), as read from its API. Renders run on worker threads and
// must answer from memory, so a render that asks for something not read yet gets "being read"
// and the name is noted as wanted; WorkspaceDataLoader reads what is wanted and the host renders
// again. Thread-safe. Holds only what the API answered (contents, items, error texts), never
// the API key or any other secret.
class WorkspaceLiquidData : public Liquid::TemplateSource, public Liquid::CatalogSource
{
    Q_DECLARE_TR_FUNCTIONS(Webhook::WorkspaceLiquidData)

public:
    // Content Blocks: the list's names (null before the list was read) and each block asked for.
    std::optional<QString> load(const QString &name) const override;
    QString whyMissing(const QString &name) const override;
    Liquid::CatalogAnswer items(const QString &catalog, const QStringList &ids) const override;
    Liquid::CatalogAnswer selection(const QString &catalog, const QString &selection) const override;

    struct Wanted
    {
        QStringList blocks;
        QList<QPair<QString, QString>> items; // catalog, item id
        bool isEmpty() const { return blocks.isEmpty() && items.isEmpty(); }
    };
    // What renders asked for and nobody has started reading; each name is handed out once.
    Wanted takeWanted();
    // Called (on the rendering thread) when something new is wanted.
    void setWantedNotifier(std::function<void()> notifier);

    // The loader's answers.
    void setBlockContent(const QString &name, const QString &content);
    void setBlockProblem(const QString &name, const QString &problem);
    void setItem(const QString &catalog, const QString &id, const Liquid::Value &item);
    void setItemMissing(const QString &catalog, const QString &id);
    void setCatalogProblem(const QString &catalog, const QString &id, const QString &problem);

    // When the oldest answer held was read (invalid when nothing is held), and how much is held.
    QDateTime readAt() const;
    int blockCount() const;
    int itemCount() const;
    // Forgets everything (Refresh): the next render asks again.
    void clear();
    // Forgets names still being read (their reading was abandoned): the next render asks again.
    void forgetUnanswered();

private:
    enum class State : quint8 { Reading, Found, Missing, Failed };
    struct Entry
    {
        State state = State::Reading;
        QString text;        // a block's content, or the problem
        Liquid::Value item;
    };
    static QString itemKey(const QString &catalog, const QString &id) { return catalog + QChar(0) + id; }
    void noteRead();

    mutable QMutex m_mutex;
    mutable QHash<QString, Entry> m_blocks;
    mutable QHash<QString, Entry> m_items;
    mutable QStringList m_wantedBlocks;
    mutable QStringList m_wantedItems;
    QDateTime m_readAt;
    std::function<void()> m_notifier;
};

} // namespace Webhook
