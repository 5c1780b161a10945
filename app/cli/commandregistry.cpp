#include "cli/commandregistry.h"

#include "cli/callcommand.h"
#include "cli/clicommand.h"
#include "cli/endpointscommand.h"
#include "cli/goldencommand.h"
#include "cli/probecommand.h"
#include "cli/rendercommand.h"
#include "cli/runcommand.h"
#include "cli/sandboxcommand.h"
#include "cli/usercommand.h"
#include "cli/webhookcommand.h"
#include "cli/integrationcommand.h"
#include "cli/workspacecommand.h"

std::vector<std::unique_ptr<CliCommand>> allCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<WebhookCommand>());
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<SandboxCommand>());
    commands.push_back(std::make_unique<GoldenCommand>());
    commands.push_back(std::make_unique<RenderCommand>());
    commands.push_back(std::make_unique<ProbeCommand>());
    commands.push_back(std::make_unique<CallCommand>());
    commands.push_back(std::make_unique<EndpointsCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    commands.push_back(std::make_unique<WorkspaceCommand>());
    commands.push_back(std::make_unique<IntegrationCommand>());
    return commands;
}
