#include "cli/previewdata.h"

#include "files/boundedfilereader.h"
#include "liquid/environment.h"
#include "webhook/workspacedataloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace PreviewData {

namespace {
struct PreviewDataText
{
    Q_DECLARE_TR_FUNCTIONS(PreviewData)
};
} // namespace

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("content-blocks"), PreviewDataText::tr("Folder with NAME.liquid files for {{content_blocks.${NAME}}} (they win over the workspace's blocks)."), QStringLiteral("DIR")},
        {QStringLiteral("catalogs"), PreviewDataText::tr("JSON file with the items of each catalog (and its selections) for catalog_items and catalog_selection_items; README shows its shape."), QStringLiteral("FILE")},
    };
}

bool readOffline(const QCommandLineParser &parser, Sources *sources, QTextStream &err)
{
    if (parser.isSet(QStringLiteral("content-blocks")))
        sources->blocks = std::make_shared<Liquid::DirectoryTemplateSource>(parser.value(QStringLiteral("content-blocks")));
    if (!parser.isSet(QStringLiteral("catalogs")))
        return true;
    const QString path = parser.value(QStringLiteral("catalogs"));
    const BoundedFileReader::Result read = BoundedFileReader::read(path, BoundedFileReader::MaxInputFileBytes);
    if (!read.problem.isEmpty()) {
        err << read.problem << '\n';
        return false;
    }
    QString jsonError;
    Liquid::Value catalogs = Liquid::Value::fromJsonText(read.data, &jsonError);
    if (!jsonError.isEmpty() || !catalogs.isObject()) {
        err << PreviewDataText::tr("%1: the catalogs must be a JSON object. %2").arg(path, jsonError) << '\n';
        return false;
    }
    sources->catalogs = std::make_shared<Liquid::JsonCatalogSource>(std::move(catalogs));
    return true;
}

void apply(const Sources &offline, const Sources &workspace, Liquid::Environment &env)
{
    if (offline.blocks && workspace.blocks)
        env.setContentBlockSource(std::make_shared<Liquid::LayeredTemplateSource>(offline.blocks, workspace.blocks));
    else
        env.setContentBlockSource(offline.blocks ? offline.blocks : workspace.blocks);
    if (offline.catalogs && workspace.catalogs)
        env.setCatalogSource(std::make_shared<Liquid::LayeredCatalogSource>(offline.catalogs, workspace.catalogs));
    else
        env.setCatalogSource(offline.catalogs ? offline.catalogs : workspace.catalogs);
}

void renderUntilSettled(Webhook::WorkspaceDataLoader &loader, const std::function<void()> &render)
{
    bool changed = true;
    QObject context;
    QObject::connect(&loader, &Webhook::WorkspaceDataLoader::dataChanged, &context, [&changed] { changed = true; });
    // Host, block, nested block, and catalogs named inside them: five rounds read all Braze allows.
    for (int round = 0; round < 5 && changed; ++round) {
        changed = false;
        render();
        // The render's wishes reach the loader through queued calls.
        QCoreApplication::processEvents();
        if (loader.isBusy()) {
            QEventLoop loop;
            QObject::connect(&loader, &Webhook::WorkspaceDataLoader::idle, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
}

} // namespace PreviewData
