#include "webhook/contentblockmenu.h"

#include "braze/brazeclient.h"
#include "braze/endpoints.h"
#include "braze/requests/contentrequests.h"

#include <QJsonArray>
#include <QJsonObject>

ContentBlockMenu::ContentBlockMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("contentBlockMenu"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, [this] {
        if (!m_pending && (!m_loaded || m_error.isError()))
            reload();
    });
    rebuild();
}

QString ContentBlockMenu::tagFor(const QString &name)
{
    return QStringLiteral("{{content_blocks.${%1}}}").arg(name);
}

void ContentBlockMenu::setClient(Braze::BrazeClient *client)
{
    if (client == m_client && m_loaded)
        return;
    m_client = client;
    m_names.clear();
    m_descriptions.clear();
    m_loaded = false;
    emit namesChanged(m_names);
    reload();
}

void ContentBlockMenu::reload()
{
    if (m_pending)
        m_pending->cancel();
    m_error = {};
    if (!m_client) {
        m_loaded = false;
        rebuild();
        return;
    }
    // Braze's largest page: a workspace rarely has more Content Blocks than that.
    Braze::ContentBlockListQuery query;
    query.limit = 1000;
    m_pending = m_client->send(Braze::prepare(query));
    connect(m_pending, &Braze::RequestHandle::finished, this, [this](const Braze::ApiResult &result) {
        m_pending.clear();
        m_loaded = true;
        m_names.clear();
        m_descriptions.clear();
        if (result.succeeded()) {
            for (const QJsonValue &v : result.json.object().value(QLatin1String("content_blocks")).toArray()) {
                m_names << v.toObject().value(QLatin1String("name")).toString();
                m_descriptions << v.toObject().value(QLatin1String("description")).toString();
            }
        } else {
            m_error = result.error;
        }
        rebuild();
        emit namesChanged(m_names);
    });
    rebuild();
}

void ContentBlockMenu::rebuild()
{
    clear();
    const auto note = [this](const QString &text, const QString &tip = {}) {
        QAction *action = addAction(text);
        action->setEnabled(false);
        action->setToolTip(tip);
    };
    if (!m_client) {
        note(tr("No workspace is connected."));
        return;
    }
    if (m_pending) {
        note(tr("Reading the workspace's Content Blocks…"));
        return;
    }
    if (m_error.isError()) {
        // A menu line is short: the missing permission by name, or the error itself; the tooltip says what to do.
        const QString permission = Braze::endpointInfo(Braze::Endpoint::ContentBlocksList).permission;
        note(m_error.kind == Braze::ApiError::Kind::Forbidden
                 ? tr("The API key lacks the permission %1 to list Content Blocks.").arg(permission)
                 : m_error.message,
             m_error.fullText());
        addSeparator();
        addAction(tr("Try again"), this, &ContentBlockMenu::reload);
        return;
    }
    if (m_names.isEmpty()) {
        note(tr("This workspace has no Content Blocks."));
        return;
    }
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        const QString name = m_names.at(i);
        QAction *action = addAction(name, this, [this, name] { emit tagChosen(tagFor(name)); });
        action->setToolTip(m_descriptions.at(i).isEmpty() ? tagFor(name) : m_descriptions.at(i));
    }
}
