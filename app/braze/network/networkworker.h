#pragma once

#include "braze/apirequest.h"
#include "braze/apiresult.h"
#include "braze/clientconfig.h"
#include "braze/log/redactor.h"
#include "braze/log/requestlogentry.h"
#include "braze/network/ratepacer.h"

#include <QElapsedTimer>
#include <QObject>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Braze {

// Lives on a BrazeClient's worker thread and does all the network work of one workspace: one
// QNetworkAccessManager, a FIFO queue with a cap on requests in flight per host, pacing per
// rate-limit bucket, timeouts, the response size cap, retries and the redacted log entries.
// It talks to the GUI thread only through its signals (queued connections).
class NetworkWorker : public QObject
{
    Q_OBJECT

public:
    explicit NetworkWorker(const ClientConfig &config, QObject *parent = nullptr);
    ~NetworkWorker() override;

    // Both run on the worker thread (BrazeClient invokes them there).
    void submit(quint64 callId, const Braze::ApiRequest &request);
    void cancel(quint64 callId);

signals:
    void attemptStarted(quint64 callId, int attempt);
    void waitingForRateLimit(quint64 callId, int seconds);
    void retryScheduled(quint64 callId, int attempt, int delayMs);
    void callFinished(quint64 callId, const Braze::ApiResult &result);
    void exchangeRecorded(const Braze::RequestLogEntry &entry);

private:
    struct Job
    {
        quint64 id = 0;
        ApiRequest request;
        const EndpointInfo *info = nullptr;
        QUrl url;
        QString host;
        int attempt = 0;
        int rateLimitRetries = 0;
        int transientRetries = 0;
        qint64 notBeforeMs = 0;
        qint64 announcedWaitUntilMs = 0;
        QNetworkReply *reply = nullptr;
        QTimer *timeout = nullptr;
        QByteArray received;
        bool timedOut = false;
        bool tooLarge = false;
        bool cancelled = false;
        QElapsedTimer sinceSubmit;
        QElapsedTimer attemptClock;
        QDateTime attemptStart;
        HeaderList sentHeaders;
    };

    void pump();
    void startAttempt(Job &job);
    // Why the job's headers cannot be sent, or an empty string.
    QString headerProblem(const Job &job) const;
    void onReplyFinished(quint64 callId);
    void onReplyData(quint64 callId);
    // After an attempt: another attempt later, or the end of the call.
    void decide(Job &job, ApiResult &result);
    void finish(quint64 callId, ApiResult result);
    void record(const Job &job, const ApiResult &result);
    int backoffMs(int retry) const;
    qint64 wallNowMs() const;
    QNetworkAccessManager *manager();
    QNetworkAccessManager *writeManager();

    ClientConfig m_config;
    Redactor m_redactor;
    RatePacer m_pacer;
    QNetworkAccessManager *m_manager = nullptr;
    QNetworkAccessManager *m_writeManager = nullptr;
    QTimer *m_pumpTimer;
    QElapsedTimer m_monotonic;   // the clock of every wait before an attempt
    std::unordered_map<quint64, Job> m_jobs;
    QList<quint64> m_queue;
    QHash<QString, int> m_inFlightPerHost;
};

} // namespace Braze
