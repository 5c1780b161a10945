#pragma once

#include "webhook/workspaceliquiddata.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Braze {
class BrazeClient;
struct ApiResult;
enum class Endpoint;
}

namespace Webhook {

// Reads what renders asked a WorkspaceLiquidData for, through the workspace's client: Content
// Blocks with /content_blocks/list (once, names to ids) and /content_blocks/info per block,
// catalog items with GET /catalogs/{name}/items/{id} per item (Braze allows 50 item calls a
// minute, so a catalog is never read whole). A failed call becomes the problem the render
// shows: which call failed and why, a missing permission by name. Lives on the client's thread.
class WorkspaceDataLoader : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDataLoader(QObject *parent = nullptr);

    // A new client (another workspace) continues with what was read from that workspace before;
    // data() is then that workspace's (give it to the renderer's environment again).
    void setClient(Braze::BrazeClient *client, const QString &workspaceId);
    std::shared_ptr<WorkspaceLiquidData> data() const { return m_data; }
    bool isBusy() const { return m_pending > 0; }
    // Forgets what was read from this workspace; the next render reads it again.
    void refresh();

    // Why a call failed, naming the call and a missing permission.
    static QString describeFailure(Braze::Endpoint endpoint, const QString &path, const Braze::ApiResult &result);

signals:
    // Something was read (the preview renders again).
    void dataChanged();
    // Nothing is being read any more.
    void idle();

private:
    void readWanted();
    void readBlocks(const QStringList &names);
    void readBlockList(const QStringList &names);
    void readItem(const QString &catalog, const QString &id);
    void finishOne();

    // What was read from one workspace, kept while the console runs (switching back finds it).
    struct Cache
    {
        std::shared_ptr<WorkspaceLiquidData> data = std::make_shared<WorkspaceLiquidData>();
        QHash<QString, QString> blockIds;   // name -> content_block_id, from the list
        bool listRead = false;
        QString listProblem;
    };

    QPointer<Braze::BrazeClient> m_client;
    std::shared_ptr<WorkspaceLiquidData> m_data;
    QHash<QString, Cache> m_byWorkspace;
    Cache *m_cache = nullptr;
    int m_pending = 0;
    quint64 m_generation = 0;             // answers for an older client or before a refresh are dropped
};

} // namespace Webhook
