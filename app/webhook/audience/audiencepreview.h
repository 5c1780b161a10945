#pragma once

#include "webhook/audience/audienceinput.h"
#include "webhook/audience/audiencesummary.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Webhook {

// Runs an audience preview on a worker thread: the GUI thread only starts it, hears about its
// progress (a few times a second) and gets the summary. Cancel stops it between two users.
class AudiencePreview : public QObject
{
    Q_OBJECT

public:
    explicit AudiencePreview(QObject *parent = nullptr);
    ~AudiencePreview() override;

    // Starts rendering; a run in progress is cancelled first.
    void start(const WebhookTemplate &webhook, std::shared_ptr<AudienceInput> input);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // The last finished run.
    const AudienceSummary &summary() const { return m_summary; }

signals:
    void progressed(qint64 done, qint64 total, qint64 users);
    // cancelled: the summary covers the users rendered before Cancel; error: the input failed.
    void finished(bool cancelled, const QString &error);

private:
    void stopThread();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<AudienceInput> m_input;
    AudienceSummary m_summary;
    quint64 m_run = 0;
};

} // namespace Webhook
