#pragma once

#include <QHash>
#include <QJsonValue>
#include <QStringList>

// name=value arguments (--param, --config, integration set): a value that starts with [ or { is
// read as JSON (the tables of a partner's settings). Returns false and the bad pair otherwise.
namespace NameValuePairs {

bool parse(const QStringList &pairs, QHash<QString, QJsonValue> *out, QString *bad);

} // namespace NameValuePairs
