#pragma once

#include <memory>
#include <vector>

class CliCommand;

// Every sub-command of braze-cli, in the order `--help` lists them. Adding a command is one
// line in commandregistry.cpp.
std::vector<std::unique_ptr<CliCommand>> allCliCommands();
