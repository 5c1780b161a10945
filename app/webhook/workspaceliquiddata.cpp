#include "webhook/workspaceliquiddata.h"

namespace Webhook {

std::optional<QString> WorkspaceLiquidData::load(const QString &name) const
{
    bool added = false;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_blocks.constFind(name);
        if (it != m_blocks.cend())
            return it->state == State::Found ? std::optional<QString>(it->text) : std::nullopt;
        m_blocks.insert(name, Entry());
        m_wantedBlocks.append(name);
        added = true;
    }
    if (added && m_notifier)
        m_notifier();
    return std::nullopt;
}

QString WorkspaceLiquidData::whyMissing(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    const Entry entry = m_blocks.value(name);
    switch (entry.state) {
    case State::Reading: return tr("the Content Block '%1' is being read from the workspace").arg(name);
    case State::Missing: return tr("the workspace has no Content Block named '%1'").arg(name);
    case State::Failed: return entry.text;
    case State::Found: break;
    }
    return {};
}

Liquid::CatalogAnswer WorkspaceLiquidData::items(const QString &catalog, const QStringList &ids) const
{
    Liquid::CatalogAnswer answer;
    bool added = false;
    {
        QMutexLocker lock(&m_mutex);
        bool reading = false;
        for (const QString &id : ids) {
            const QString key = itemKey(catalog, id);
            const auto it = m_items.constFind(key);
            if (it == m_items.cend()) {
                m_items.insert(key, Entry());
                m_wantedItems.append(key);
                added = reading = true;
                continue;
            }
            switch (it->state) {
            case State::Reading: reading = true; break;
            case State::Found: answer.items.append(it->item); break;
            case State::Missing: answer.missingIds.append(id); break;
            case State::Failed:
                if (answer.error.isEmpty())
                    answer.error = it->text;
                break;
            }
        }
        if (reading && answer.error.isEmpty())
            answer.error = tr("the items of the catalog '%1' are being read from the workspace").arg(catalog);
    }
    if (added && m_notifier)
        m_notifier();
    return answer;
}

Liquid::CatalogAnswer WorkspaceLiquidData::selection(const QString &catalog, const QString &selection) const
{
    Liquid::CatalogAnswer answer;
    answer.error = tr("Braze's API does not give out the selection '%2' of the catalog '%1': choose a catalogs file "
                      "that holds it to preview catalog_selection_items")
                       .arg(catalog, selection);
    return answer;
}

WorkspaceLiquidData::Wanted WorkspaceLiquidData::takeWanted()
{
    QMutexLocker lock(&m_mutex);
    Wanted wanted;
    wanted.blocks = std::exchange(m_wantedBlocks, {});
    for (const QString &key : std::exchange(m_wantedItems, {})) {
        const qsizetype split = key.indexOf(QChar(0));
        wanted.items.append({key.left(split), key.mid(split + 1)});
    }
    return wanted;
}

void WorkspaceLiquidData::setWantedNotifier(std::function<void()> notifier)
{
    QMutexLocker lock(&m_mutex);
    m_notifier = std::move(notifier);
}

void WorkspaceLiquidData::setBlockContent(const QString &name, const QString &content)
{
    QMutexLocker lock(&m_mutex);
    m_blocks[name] = Entry{State::Found, content, {}};
    noteRead();
}

void WorkspaceLiquidData::setBlockProblem(const QString &name, const QString &problem)
{
    QMutexLocker lock(&m_mutex);
    m_blocks[name] = Entry{problem.isEmpty() ? State::Missing : State::Failed, problem, {}};
    noteRead();
}

void WorkspaceLiquidData::setItem(const QString &catalog, const QString &id, const Liquid::Value &item)
{
    QMutexLocker lock(&m_mutex);
    m_items[itemKey(catalog, id)] = Entry{State::Found, {}, item};
    noteRead();
}

void WorkspaceLiquidData::setItemMissing(const QString &catalog, const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_items[itemKey(catalog, id)] = Entry{State::Missing, {}, {}};
    noteRead();
}

void WorkspaceLiquidData::setCatalogProblem(const QString &catalog, const QString &id, const QString &problem)
{
    QMutexLocker lock(&m_mutex);
    m_items[itemKey(catalog, id)] = Entry{State::Failed, problem, {}};
    noteRead();
}

void WorkspaceLiquidData::noteRead()
{
    if (!m_readAt.isValid())
        m_readAt = QDateTime::currentDateTimeUtc();
}

QDateTime WorkspaceLiquidData::readAt() const
{
    QMutexLocker lock(&m_mutex);
    return m_readAt;
}

int WorkspaceLiquidData::blockCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_blocks.cbegin(), m_blocks.cend(), [](const Entry &e) { return e.state == State::Found; }));
}

int WorkspaceLiquidData::itemCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Entry &e) { return e.state == State::Found; }));
}

void WorkspaceLiquidData::clear()
{
    QMutexLocker lock(&m_mutex);
    m_blocks.clear();
    m_items.clear();
    m_wantedBlocks.clear();
    m_wantedItems.clear();
    m_readAt = QDateTime();
}

void WorkspaceLiquidData::forgetUnanswered()
{
    QMutexLocker lock(&m_mutex);
    const auto reading = [](const Entry &e) { return e.state == State::Reading; };
    m_blocks.removeIf([&](const auto &it) { return reading(it.value()); });
    m_items.removeIf([&](const auto &it) { return reading(it.value()); });
    m_wantedBlocks.clear();
    m_wantedItems.clear();
}

} // namespace Webhook
