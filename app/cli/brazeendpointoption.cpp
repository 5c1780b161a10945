#include "brazeendpointoption.h"

#include <QCoreApplication>

namespace BrazeEndpointOption {

namespace {

// lupdate and the runtime agree on this context because both read it from the macro.
struct EndpointOptionText
{
    Q_DECLARE_TR_FUNCTIONS(BrazeEndpointOption)
};

} // namespace

void add(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("endpoint"), EndpointOptionText::tr("REST endpoint, e.g. https://rest.iad-01.braze.com or the sandbox's URL."), EndpointOptionText::tr("URL")});
    parser.addOption({QStringLiteral("workspace"), EndpointOptionText::tr("Label for the request log (default: cli)."), EndpointOptionText::tr("LABEL"), QStringLiteral("cli")});
    parser.addOption({QStringLiteral("timeout"), EndpointOptionText::tr("Seconds to wait for each answer (default: 30)."), EndpointOptionText::tr("SECONDS"), QStringLiteral("30")});
}

bool read(const QCommandLineParser &parser, Braze::ClientConfig *config, QTextStream &err)
{
    const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("endpoint")));
    if (!parser.isSet(QStringLiteral("endpoint")) || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        err << EndpointOptionText::tr("Give the REST endpoint with --endpoint, e.g. --endpoint https://rest.iad-01.braze.com") << '\n';
        return false;
    }
    const QString key = qEnvironmentVariable("BRAZE_API_KEY").trimmed();
    if (key.isEmpty()) {
        err << EndpointOptionText::tr("Set the API key in the environment variable BRAZE_API_KEY (it is never taken from the command line).") << '\n';
        return false;
    }
    bool ok = false;
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 600) {
        err << EndpointOptionText::tr("--timeout takes a number of seconds between 1 and 600.") << '\n';
        return false;
    }
    config->baseUrl = url;
    config->apiKey = key;
    config->workspaceLabel = parser.value(QStringLiteral("workspace"));
    config->options.timeoutMs = timeout * 1000;
    return true;
}

} // namespace BrazeEndpointOption
