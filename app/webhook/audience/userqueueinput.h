#pragma once

#include "webhook/audience/audienceinput.h"

#include <QMutex>
#include <QQueue>
#include <QWaitCondition>

namespace Webhook {

// Users that arrive while the preview runs (fetched from the workspace batch by batch): the
// fetcher pushes from the GUI thread, the preview's worker thread waits in next() for more.
class UserQueueInput : public AudienceInput
{
public:
    explicit UserQueueInput(qint64 expected = -1) : m_expected(expected) {}

    void push(const QList<Item> &items);
    // No more users will come; next() returns false once the queue is empty.
    void close(const QString &error = QString());

    bool next(Item *item) override;
    qint64 done() const override;
    qint64 total() const override { return m_expected; }
    QString errorString() const override;
    void interrupt() override;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_arrived;
    QQueue<Item> m_items;
    qint64 m_expected;
    qint64 m_taken = 0;
    bool m_closed = false;
    bool m_interrupted = false;
    QString m_error;
};

} // namespace Webhook
