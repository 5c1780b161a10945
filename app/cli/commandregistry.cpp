#include "commandregistry.h"

#include "clicommand.h"
#include "goldencommand.h"
#include "rendercommand.h"
#include "runcommand.h"
#include "sandboxcommand.h"
#include "webhookcommand.h"

std::vector<std::unique_ptr<CliCommand>> allCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<WebhookCommand>());
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<SandboxCommand>());
    commands.push_back(std::make_unique<GoldenCommand>());
    commands.push_back(std::make_unique<RenderCommand>());
    return commands;
}
