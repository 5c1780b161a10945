#pragma once

#include "braze/brazeclient.h"
#include "braze/log/requestlogmodel.h"
#include "integrations/partnerconfigstore.h"
#include "integrations/partnerloader.h"
#include "integrations/stepregistry.h"
#include "integrations/workflowrunner.h"
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <functional>

// A sandbox on a free loopback port, a client for one of its demo keys and helpers to run a
// partner workflow against it and to steer the sandbox through its control API.
class SandboxFixture
{
public:
    explicit SandboxFixture(const SandboxHost::Options &options = {})
    {
        started = host.startAndWait(options);
        QStringList errors;
        partners = Integrations::PartnerLoader(Integrations::StepRegistry::standard()).loadEmbedded(&errors);
        loadErrors = errors;
    }

    // A client with the given demo key; no pacing and no waiting on 429, so tests stay fast.
    Braze::BrazeClient *client(const char *key)
    {
        Braze::ClientConfig config;
        config.baseUrl = host.baseUrl();
        config.apiKey = QString::fromLatin1(key);
        config.workspaceLabel = QStringLiteral("Sandbox");
        config.options.paceByDocumentedLimits = false;
        config.options.maxRateLimitRetries = 0;
        config.options.maxRetries = 0;
        config.options.timeoutMs = 10000;
        auto *c = new Braze::BrazeClient(config, &owner);
        c->setRequestLog(&log);
        return c;
    }

    const Integrations::PartnerDescription &partner(const QString &id) const
    {
        for (const auto &p : partners) {
            if (p.id == id)
                return p;
        }
        qFatal("no partner %s", qPrintable(id));
    }

    // Runs a workflow to the end against the sandbox with the partner's sandbox configuration
    // (changed by configOverrides) and returns the finished runner.
    Integrations::WorkflowRunner *run(const char *key, const QString &workflowId, const QHash<QString, QString> &params = {},
                                      const QJsonObject &configOverrides = {}, int timeoutMs = 15000,
                                      const std::function<void(Integrations::WorkflowRunner *)> &beforeStart = {})
    {
        const QString partnerId = workflowId.section(QLatin1Char('.'), 0, 0);
        const Integrations::PartnerDescription &p = partner(partnerId);
        Integrations::RunEnvironment environment;
        environment.client = client(key);
        environment.sandbox = true;
        environment.endpoint = host.baseUrl().toString();
        environment.config = Integrations::PartnerConfigStore::sandboxValues(p);
        for (auto it = configOverrides.begin(); it != configOverrides.end(); ++it)
            environment.config.insert(it.key(), it.value());
        auto *runner = new Integrations::WorkflowRunner(p, *p.workflow(workflowId), environment, Integrations::StepRegistry::standard(), &owner);
        const auto issues = runner->setParameters(params);
        if (!issues.isEmpty())
            qWarning() << "parameter problem" << issues.first().name << issues.first().message;
        QSignalSpy finished(runner, &Integrations::WorkflowRunner::finished);
        if (beforeStart)
            beforeStart(runner);
        if (runner->start() && finished.isEmpty())
            finished.wait(timeoutMs);
        return runner;
    }

    // POST/GET to the sandbox's control API, waiting for the answer.
    QJsonDocument control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(host.baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll());
    }

    // One call through the all-permissions key, to prepare data for a test.
    Braze::ApiResult call(Braze::RequestHandle *handle)
    {
        QSignalSpy done(handle, &Braze::RequestHandle::finished);
        done.wait(10000);
        return done.isEmpty() ? Braze::ApiResult() : done.first().first().value<Braze::ApiResult>();
    }

    QObject owner;
    SandboxHost host;
    Braze::RequestLogModel log;
    QNetworkAccessManager network;
    QList<Integrations::PartnerDescription> partners;
    QStringList loadErrors;
    bool started = false;
};
