#include "webhook/workspacedataloader.h"

#include "braze/brazeclient.h"
#include "braze/endpoints.h"
#include "braze/requests/catalogrequests.h"
#include "braze/requests/contentrequests.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Webhook {

WorkspaceDataLoader::WorkspaceDataLoader(QObject *parent)
    : QObject(parent)
    , m_data(std::make_shared<WorkspaceLiquidData>())
{
}

void WorkspaceDataLoader::setClient(Braze::BrazeClient *client, const QString &workspaceId)
{
    Cache *cache = &m_byWorkspace[workspaceId];
    if (client == m_client && cache == m_cache)
        return;
    ++m_generation;
    m_pending = 0;
    m_client = client;
    m_cache = cache;
    if (m_data)
        m_data->setWantedNotifier({});
    m_data = m_cache->data;
    // Renders run on worker threads; reading starts on this object's thread.
    m_data->setWantedNotifier([self = QPointer<WorkspaceDataLoader>(this)] {
        if (self)
            QMetaObject::invokeMethod(self, &WorkspaceDataLoader::readWanted, Qt::QueuedConnection);
    });
    // Names a render asked for while reading was cut short are asked for again.
    m_data->forgetUnanswered();
    emit dataChanged();
}

void WorkspaceDataLoader::refresh()
{
    ++m_generation;
    m_pending = 0;
    if (m_cache)
        *m_cache = Cache{m_data, {}, false, {}};
    m_data->clear();
    emit dataChanged();
    emit idle();
}

QString WorkspaceDataLoader::describeFailure(Braze::Endpoint endpoint, const QString &path, const Braze::ApiResult &result)
{
    const Braze::EndpointInfo &info = Braze::endpointInfo(endpoint);
    const QString call = QString::fromLatin1(info.method) + QLatin1Char(' ') + path;
    if (result.error.kind == Braze::ApiError::Kind::Forbidden || result.error.kind == Braze::ApiError::Kind::Unauthorized)
        return WorkspaceLiquidData::tr("%1 failed: the API key lacks the permission %2").arg(call, info.permission);
    return WorkspaceLiquidData::tr("%1 failed: %2").arg(call, result.error.message);
}

void WorkspaceDataLoader::readWanted()
{
    if (!m_cache)
        return;
    const WorkspaceLiquidData::Wanted wanted = m_data->takeWanted();
    if (wanted.isEmpty())
        return;
    if (!m_client) {
        for (const QString &name : wanted.blocks)
            m_data->setBlockProblem(name, WorkspaceLiquidData::tr("the Content Block '%1' cannot be read: no workspace is connected").arg(name));
        for (const auto &[catalog, id] : wanted.items)
            m_data->setCatalogProblem(catalog, id, WorkspaceLiquidData::tr("the catalog '%1' cannot be read: no workspace is connected").arg(catalog));
        emit dataChanged();
        return;
    }
    if (!wanted.blocks.isEmpty())
        readBlocks(wanted.blocks);
    for (const auto &[catalog, id] : wanted.items)
        readItem(catalog, id);
}

void WorkspaceDataLoader::readBlocks(const QStringList &names)
{
    if (!m_cache->listRead) {
        readBlockList(names);
        return;
    }
    for (const QString &name : names) {
        if (!m_cache->listProblem.isEmpty()) {
            m_data->setBlockProblem(name, m_cache->listProblem);
            continue;
        }
        const QString id = m_cache->blockIds.value(name);
        if (id.isEmpty()) {
            m_data->setBlockProblem(name, QString());
            continue;
        }
        Braze::ContentBlockInfoQuery query;
        query.contentBlockId = id;
        ++m_pending;
        Braze::RequestHandle *handle = m_client->send(Braze::prepare(query));
        connect(handle, &Braze::RequestHandle::finished, this, [this, name, generation = m_generation](const Braze::ApiResult &result) {
            if (generation != m_generation)
                return;
            if (result.succeeded())
                m_data->setBlockContent(name, result.json.object().value(QLatin1String("content")).toString());
            else
                m_data->setBlockProblem(name, describeFailure(Braze::Endpoint::ContentBlocksInfo, QStringLiteral("/content_blocks/info"), result));
            finishOne();
        });
    }
    if (m_pending == 0)
        emit dataChanged();
}

void WorkspaceDataLoader::readBlockList(const QStringList &names)
{
    // Braze's largest page; a workspace rarely has more Content Blocks than that.
    Braze::ContentBlockListQuery query;
    query.limit = 1000;
    ++m_pending;
    Braze::RequestHandle *handle = m_client->send(Braze::prepare(query));
    connect(handle, &Braze::RequestHandle::finished, this, [this, names, generation = m_generation](const Braze::ApiResult &result) {
        if (generation != m_generation)
            return;
        m_cache->listRead = true;
        if (result.succeeded()) {
            for (const QJsonValue &v : result.json.object().value(QLatin1String("content_blocks")).toArray())
                m_cache->blockIds.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject().value(QLatin1String("content_block_id")).toString());
        } else {
            m_cache->listProblem = describeFailure(Braze::Endpoint::ContentBlocksList, QStringLiteral("/content_blocks/list"), result);
        }
        readBlocks(names);
        finishOne();
    });
}

void WorkspaceDataLoader::readItem(const QString &catalog, const QString &id)
{
    Braze::CatalogItemQuery query;
    query.catalogName = catalog;
    query.itemId = id;
    const Braze::PreparedRequest request = Braze::prepare(query);
    ++m_pending;
    Braze::RequestHandle *handle = m_client->send(request);
    const QString path = QStringLiteral("/catalogs/%1/items/%2").arg(catalog, id);
    connect(handle, &Braze::RequestHandle::finished, this, [this, catalog, id, path, generation = m_generation](const Braze::ApiResult &result) {
        if (generation != m_generation)
            return;
        const QJsonArray items = result.json.object().value(QLatin1String("items")).toArray();
        const QString errorId = result.json.object().value(QLatin1String("errors")).toArray().first().toObject().value(QLatin1String("id")).toString();
        if (result.succeeded() && !items.isEmpty())
            m_data->setItem(catalog, id, Liquid::Value::fromJson(items.first()));
        else if (result.httpStatus == 404 && errorId == QLatin1String("catalog-not-found"))
            m_data->setCatalogProblem(catalog, id, WorkspaceLiquidData::tr("the workspace has no catalog named '%1'").arg(catalog));
        else if (result.httpStatus == 404 || result.succeeded())
            m_data->setItemMissing(catalog, id);
        else if (result.error.kind == Braze::ApiError::Kind::Validation)
            // Braze's rules for names and ids were checked before sending: no such item can exist.
            m_data->setItemMissing(catalog, id);
        else
            m_data->setCatalogProblem(catalog, id, describeFailure(Braze::Endpoint::CatalogItemGet, path, result));
        finishOne();
    });
}

void WorkspaceDataLoader::finishOne()
{
    m_pending = qMax(0, m_pending - 1);
    emit dataChanged();
    if (m_pending == 0)
        emit idle();
}

} // namespace Webhook
