#include "webhook/audience/audiencepreview.h"

#include "webhook/audience/audiencerenderer.h"

#include <QPointer>
#include <QThread>

namespace Webhook {

AudiencePreview::AudiencePreview(QObject *parent)
    : QObject(parent)
{
}

AudiencePreview::~AudiencePreview()
{
    stopThread();
}

void AudiencePreview::stopThread()
{
    if (!m_thread)
        return;
    m_cancelled->store(true);
    if (m_input)
        m_input->interrupt();
    // The worker checks the flag between two users, so this wait is one render long.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_input.reset();
}

void AudiencePreview::cancel()
{
    if (!m_thread)
        return;
    m_cancelled->store(true);
    if (m_input)
        m_input->interrupt();
}

void AudiencePreview::start(const WebhookTemplate &webhook, std::shared_ptr<AudienceInput> input)
{
    stopThread();
    const quint64 run = ++m_run;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_input = input;
    const QPointer<AudiencePreview> self(this);
    auto cancelled = m_cancelled;
    m_thread = QThread::create([self, webhook, input, cancelled, run]() {
        AudienceRenderer renderer(webhook);
        auto summary = std::make_shared<AudienceSummary>(renderer.run(*input, *cancelled, [&](qint64 done, qint64 total, qint64 users) {
            QMetaObject::invokeMethod(self, [self, done, total, users, run]() {
                if (self && self->m_run == run)
                    emit self->progressed(done, total, users);
            }, Qt::QueuedConnection);
        }));
        const QString error = input->errorString();
        const bool wasCancelled = cancelled->load();
        QMetaObject::invokeMethod(self, [self, summary, error, wasCancelled, run]() {
            if (!self || self->m_run != run)
                return;
            self->m_summary = std::move(*summary);
            self->m_thread->wait();
            delete self->m_thread;
            self->m_thread = nullptr;
            self->m_input.reset();
            emit self->finished(wasCancelled, error);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("audience preview"));
    m_thread->start();
}

} // namespace Webhook
