#include "commandregistry.h"

#include "callcommand.h"
#include "clicommand.h"
#include "endpointscommand.h"
#include "goldencommand.h"
#include "probecommand.h"
#include "rendercommand.h"
#include "runcommand.h"
#include "sandboxcommand.h"
#include "usercommand.h"
#include "webhookcommand.h"
#include "integrationcommand.h"
#include "workspacecommand.h"

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
