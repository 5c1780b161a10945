#pragma once

#include "braze/clientconfig.h"

#include <QCommandLineParser>
#include <QTextStream>

// The options `probe` and `call` share: --endpoint, --workspace, --timeout, and the key from
// BRAZE_API_KEY. Fills `config` or prints why it cannot and returns false.
namespace BrazeEndpointOption {

void add(QCommandLineParser &parser);
bool read(const QCommandLineParser &parser, Braze::ClientConfig *config, QTextStream &err);

} // namespace BrazeEndpointOption
