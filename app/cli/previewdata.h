#pragma once

#include "liquid/braze/catalogsource.h"
#include "liquid/templatesource.h"

#include <QCommandLineOption>
#include <QTextStream>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace Liquid {
class Environment;
}
namespace Webhook {
class WorkspaceDataLoader;
}

// Where a braze-cli preview finds Content Blocks and catalog items: --content-blocks DIR and
// --catalogs FILE offline, and a workspace's own when a command connects to one (the folder
// and the file still win, so a block can be tried before it is saved in Braze).
namespace PreviewData {

QList<QCommandLineOption> options();

struct Sources
{
    std::shared_ptr<const Liquid::TemplateSource> blocks;
    std::shared_ptr<const Liquid::CatalogSource> catalogs;
};

// Reads the options; false (with the reason printed) when the catalogs file cannot be used.
bool readOffline(const QCommandLineParser &parser, Sources *sources, QTextStream &err);
// Puts the sources on the environment, the workspace's behind the offline ones when given.
void apply(const Sources &offline, const Sources &workspace, Liquid::Environment &env);

// Renders, lets the loader read what the render asked for, and renders again until nothing new
// was read (Content Blocks nest, catalog names may come from a block): at most a few rounds.
void renderUntilSettled(Webhook::WorkspaceDataLoader &loader, const std::function<void()> &render);

} // namespace PreviewData
