#include "brazeendpointoption.h"

#include <QCoreApplication>

namespace BrazeEndpointOption {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BrazeEndpointOption", text);
}

} // namespace

void add(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("endpoint"), tr("REST endpoint, e.g. https://rest.iad-01.braze.com or the sandbox's URL."), tr("URL")});
    parser.addOption({QStringLiteral("workspace"), tr("Label for the request log (default: cli)."), tr("LABEL"), QStringLiteral("cli")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for each answer (default: 30)."), tr("SECONDS"), QStringLiteral("30")});
}

bool read(const QCommandLineParser &parser, Braze::ClientConfig *config, QTextStream &err)
{
    const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("endpoint")));
    if (!parser.isSet(QStringLiteral("endpoint")) || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        err << tr("Give the REST endpoint with --endpoint, e.g. --endpoint https://rest.iad-01.braze.com") << '\n';
        return false;
    }
    const QString key = qEnvironmentVariable("BRAZE_API_KEY").trimmed();
    if (key.isEmpty()) {
        err << tr("Set the API key in the environment variable BRAZE_API_KEY (it is never taken from the command line).") << '\n';
        return false;
    }
    bool ok = false;
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 600) {
        err << tr("--timeout takes a number of seconds between 1 and 600.") << '\n';
        return false;
    }
    config->baseUrl = url;
    config->apiKey = key;
    config->workspaceLabel = parser.value(QStringLiteral("workspace"));
    config->options.timeoutMs = timeout * 1000;
    return true;
}

} // namespace BrazeEndpointOption
