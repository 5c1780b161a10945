#include "brazeendpointoption.h"

#include "config/workspacevalidator.h"

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
    parser.addOption({QStringLiteral("allow-custom-host"), EndpointOptionText::tr("Use an endpoint that is not one of Braze's REST hosts (a proxy, for example).")});
}

bool read(const QCommandLineParser &parser, Braze::ClientConfig *config, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("endpoint"))) {
        err << EndpointOptionText::tr("Give the REST endpoint with --endpoint, e.g. --endpoint https://rest.iad-01.braze.com") << '\n';
        return false;
    }
    // The same rules as the workspace editor: https except to this computer, no dashboard or SDK
    // host, and a host that is not Braze's only when the user says so.
    const QString endpointText = parser.value(QStringLiteral("endpoint"));
    const FieldCheck endpoint = WorkspaceValidator::checkEndpoint(endpointText);
    if (endpoint.isWrong()) {
        err << EndpointOptionText::tr("--endpoint %1: %2").arg(endpointText, endpoint.message) << '\n';
        return false;
    }
    if (endpoint.verdict == FieldCheck::Verdict::NeedsConfirmation && !parser.isSet(QStringLiteral("allow-custom-host"))) {
        err << EndpointOptionText::tr("%1 is not one of Braze's REST endpoints. Add --allow-custom-host to use it anyway.")
                   .arg(WorkspaceValidator::normalisedEndpoint(endpointText).host()) << '\n';
        return false;
    }
    const QString key = WorkspaceValidator::normalisedApiKey(qEnvironmentVariable("BRAZE_API_KEY"));
    if (key.isEmpty()) {
        err << EndpointOptionText::tr("Set the API key in the environment variable BRAZE_API_KEY (it is never taken from the command line).") << '\n';
        return false;
    }
    if (const FieldCheck keyCheck = WorkspaceValidator::checkApiKey(key); !keyCheck.isFine()) {
        err << EndpointOptionText::tr("BRAZE_API_KEY: %1 Nothing was sent.").arg(keyCheck.message) << '\n';
        return false;
    }
    bool ok = false;
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 600) {
        err << EndpointOptionText::tr("--timeout takes a number of seconds between 1 and 600.") << '\n';
        return false;
    }
    config->baseUrl = WorkspaceValidator::normalisedEndpoint(endpointText);
    config->apiKey = key;
    config->workspaceLabel = parser.value(QStringLiteral("workspace"));
    config->options.timeoutMs = timeout * 1000;
    return true;
}

} // namespace BrazeEndpointOption
