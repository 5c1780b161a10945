#include "webhook/previewscheduler.h"

namespace Webhook {

PreviewScheduler::PreviewScheduler(QObject *parent)
    : QObject(parent)
    , m_renderer(std::make_shared<RequestRenderer>())
    , m_gate(std::make_shared<ConnectedContentGate>())
{
    m_renderer->environment().setConnectedContentFetcher(m_gate);
    m_pool.setMaxThreadCount(1);   // one render at a time; newer edits supersede older ones
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    m_data = m_user.toLiquidData();
    connect(&m_debounce, &QTimer::timeout, this, &PreviewScheduler::renderNow);
    // What a render asked the workspace for has arrived: render again with it.
    connect(&m_workspaceData, &WorkspaceDataLoader::dataChanged, &m_debounce, qOverload<>(&QTimer::start));
    setWorkspace(nullptr, QString());
}

PreviewScheduler::~PreviewScheduler()
{
    m_pool.clear();
    m_pool.waitForDone();   // a running render posts back to this object
}

void PreviewScheduler::setTemplate(const WebhookTemplate &webhook)
{
    m_template = webhook;
    m_debounce.start();
}

void PreviewScheduler::setUser(const PreviewUser &user)
{
    m_user = user;
    m_data = user.toLiquidData();
    m_debounce.start();
}

void PreviewScheduler::setConnectedContentAllowed(bool allowed)
{
    m_gate->setAllowed(allowed);
    m_debounce.start();
}

void PreviewScheduler::setSandboxWorkspace(bool sandbox)
{
    m_gate->setLoopbackAllowed(sandbox);
    m_debounce.start();
}

void PreviewScheduler::setWorkspace(Braze::BrazeClient *client, const QString &workspaceId)
{
    m_workspaceData.setClient(client, workspaceId);
    // Braze keeps connected_content answers per workspace.
    m_renderer->clearConnectedContentCache();
    m_renderer->environment().setContentBlockSource(m_workspaceData.data());
    m_renderer->environment().setCatalogSource(m_workspaceData.data());
    m_debounce.start();
}

void PreviewScheduler::renderNow()
{
    m_debounce.stop();
    const quint64 generation = ++m_generation;
    m_pool.clear();   // a queued, not yet started render is already stale
    m_pool.start([this, generation, renderer = m_renderer, webhook = m_template, data = m_data] {
        RenderedRequest result = renderer->render(webhook, data);
        QMetaObject::invokeMethod(this, [this, generation, result = std::move(result)] {
            if (generation != m_generation)
                return;
            m_latest = result;
            emit previewReady(m_latest);
        }, Qt::QueuedConnection);
    });
}

} // namespace Webhook
