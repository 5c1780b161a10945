#include "webhook/audience/userqueueinput.h"

namespace Webhook {

void UserQueueInput::push(const QList<Item> &items)
{
    QMutexLocker lock(&m_mutex);
    for (const Item &item : items)
        m_items.enqueue(item);
    m_arrived.wakeAll();
}

void UserQueueInput::close(const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_error = error;
    m_arrived.wakeAll();
}

void UserQueueInput::interrupt()
{
    QMutexLocker lock(&m_mutex);
    m_interrupted = true;
    m_arrived.wakeAll();
}

bool UserQueueInput::next(Item *item)
{
    QMutexLocker lock(&m_mutex);
    while (m_items.isEmpty() && !m_closed && !m_interrupted)
        m_arrived.wait(&m_mutex);
    if (m_interrupted || m_items.isEmpty())
        return false;
    *item = m_items.dequeue();
    ++m_taken;
    return true;
}

qint64 UserQueueInput::done() const
{
    QMutexLocker lock(&m_mutex);
    return m_taken;
}

QString UserQueueInput::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

} // namespace Webhook
