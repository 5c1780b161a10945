#pragma once

#include "webhook/connectedcontentgate.h"
#include "webhook/previewuser.h"
#include "webhook/renderedrequest.h"
#include "webhook/requestrenderer.h"
#include "webhook/workspacedataloader.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace Webhook {

// Keeps the preview up to date without ever blocking typing: changes are debounced, the render
// runs on a worker thread (connected_content may wait for the network there), and results of
// renders overtaken by newer edits are dropped.
class PreviewScheduler : public QObject
{
    Q_OBJECT

public:
    explicit PreviewScheduler(QObject *parent = nullptr);
    ~PreviewScheduler() override;

    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void setTemplate(const WebhookTemplate &webhook);
    void setUser(const PreviewUser &user);
    const PreviewUser &user() const { return m_user; }
    void setConnectedContentAllowed(bool allowed);
    bool isConnectedContentAllowed() const { return m_gate->isAllowed(); }
    // connected_content may call this computer only while the sandbox workspace is active (its
    // own endpoints); other loopback, private and metadata addresses stay refused.
    void setSandboxWorkspace(bool sandbox);
    // Content Blocks and catalog items come from this workspace's API (cached per workspace);
    // without a client they are problems that say no workspace is connected.
    void setWorkspace(Braze::BrazeClient *client, const QString &workspaceId);
    WorkspaceDataLoader *workspaceData() { return &m_workspaceData; }
    // Renders at once (skipping the debounce).
    void renderNow();

    // The renderer for a send, shared with the preview (its parse cache is warm).
    std::shared_ptr<RequestRenderer> renderer() const { return m_renderer; }
    const RenderedRequest &latest() const { return m_latest; }

signals:
    void previewReady(const Webhook::RenderedRequest &request);

private:
    std::shared_ptr<RequestRenderer> m_renderer;
    std::shared_ptr<ConnectedContentGate> m_gate;
    WorkspaceDataLoader m_workspaceData;
    QThreadPool m_pool;
    QTimer m_debounce;
    WebhookTemplate m_template;
    PreviewUser m_user;
    Liquid::Value m_data;
    quint64 m_generation = 0;
    RenderedRequest m_latest;
};

} // namespace Webhook
