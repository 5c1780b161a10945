#include "cli/brazeendpointoption.h"

#include "cli/cliworkspaces.h"
#include "core.h"

#include "config/secretstore.h"
#include "config/workspacestore.h"
#include "config/workspacevalidator.h"
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/statefilelock.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Config;
using namespace Sandbox;

namespace BrazeEndpointOption {

namespace {

// lupdate and the runtime agree on this context because both read it from the macro.
struct EndpointOptionText
{
    Q_DECLARE_TR_FUNCTIONS(BrazeEndpointOption)
};

bool isLoopback(const QUrl &url)
{
    return url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
}

// The endpoint by the workspace editor's rules; `confirmedHost` is the host the user accepted
// (--allow-custom-host, or the confirmation saved with the workspace).
bool checkEndpoint(const QString &endpointText, const QString &label, const QString &confirmedHost, QTextStream &err)
{
    const FieldCheck endpoint = WorkspaceValidator::checkEndpoint(endpointText);
    if (endpoint.isWrong()) {
        err << EndpointOptionText::tr("%1: %2").arg(label, endpoint.message) << '\n';
        return false;
    }
    const QString host = WorkspaceValidator::normalisedEndpoint(endpointText).host();
    if (endpoint.verdict == FieldCheck::Verdict::NeedsConfirmation && host.compare(confirmedHost, Qt::CaseInsensitive) != 0) {
        err << EndpointOptionText::tr("%1 is not one of Braze's REST endpoints. Add --allow-custom-host to use it anyway.").arg(host) << '\n';
        return false;
    }
    return true;
}

bool checkKey(const QString &key, const QString &origin, QTextStream &err)
{
    if (const FieldCheck keyCheck = WorkspaceValidator::checkApiKey(key); !keyCheck.isFine()) {
        err << EndpointOptionText::tr("%1: %2 Nothing was sent.").arg(origin, keyCheck.message) << '\n';
        return false;
    }
    return true;
}

// A saved workspace: the built-in sandbox started here with the workspace's demo key, or the
// workspace's endpoint with the key from BRAZE_API_KEY or the keychain.
bool useWorkspace(const Workspace &workspace, Target *target, QTextStream &err)
{
    if (workspace.builtInSandbox) {
        const QString stateFile = Console::sandboxStateFile();
        // The console (or `braze-cli sandbox`) runs the built-in sandbox: work on that one, so
        // its pages show what this command does and its next save keeps it.
        if (const QUrl running = StateFileLock::runningSandbox(stateFile); running.isValid()) {
            target->config.baseUrl = running;
            target->sharedSandbox = true;
        } else {
            target->sandbox = std::make_unique<SandboxHost>();
            SandboxHost::Options options;
            options.server.statePath = stateFile;
            options.server.lockWaitMs = 30000;   // another braze-cli command on it ends soon
            if (!target->sandbox->startAndWait(options)) {
                err << EndpointOptionText::tr("The built-in sandbox could not start: %1").arg(target->sandbox->errorString()) << '\n';
                return false;
            }
            target->config.baseUrl = target->sandbox->baseUrl();
        }
        target->config.apiKey = workspace.sandboxKey.isEmpty() ? QString::fromLatin1(ApiKeyTable::AllPermissionsKey) : workspace.sandboxKey;
        return true;
    }
    const QString label = EndpointOptionText::tr("Workspace “%1”").arg(workspace.name);
    if (!checkEndpoint(workspace.endpoint.toString(), label, workspace.confirmedCustomHost, err))
        return false;
    target->config.baseUrl = WorkspaceValidator::normalisedEndpoint(workspace.endpoint.toString());
    QString key = WorkspaceValidator::normalisedApiKey(qEnvironmentVariable("BRAZE_API_KEY"));
    QString origin = QStringLiteral("BRAZE_API_KEY");
    if (key.isEmpty()) {
        SecretStore secrets(QStringLiteral("braze-console"));
        key = CliWorkspaces::readSecret(secrets, SecretStore::apiKeyName(workspace.id)).value_or(QString());
        origin = label;
    }
    if (key.isEmpty()) {
        err << EndpointOptionText::tr("The keychain holds no API key for the workspace “%1”: enter it on the Workspaces page, "
                                      "or set it in the environment variable BRAZE_API_KEY.").arg(workspace.name) << '\n';
        return false;
    }
    target->config.apiKey = key;
    return checkKey(key, origin, err);
}

} // namespace

Target::Target() = default;
Target::Target(Target &&) noexcept = default;
Target &Target::operator=(Target &&) noexcept = default;
Target::~Target() = default;

void add(QCommandLineParser &parser, bool withEndpoint)
{
    if (withEndpoint)
        parser.addOption({QStringLiteral("endpoint"), EndpointOptionText::tr("REST endpoint, e.g. https://rest.iad-01.braze.com or the sandbox's URL "
                                                                        "(default: the workspace's)."), EndpointOptionText::tr("URL")});
    parser.addOption({QStringLiteral("workspace"), EndpointOptionText::tr("A saved workspace, by name or id (default: the active one, "
                                                                         "the built-in sandbox when none is set up)."), EndpointOptionText::tr("WORKSPACE")});
    parser.addOption({QStringLiteral("timeout"), EndpointOptionText::tr("Seconds to wait for each answer (default: 30)."), EndpointOptionText::tr("SECONDS"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("allow-custom-host"), EndpointOptionText::tr("Use an endpoint that is not one of Braze's REST hosts (a proxy, for example).")});
}

std::optional<Target> resolve(const QCommandLineParser &parser, QTextStream &err)
{
    bool ok = false;
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 600) {
        err << EndpointOptionText::tr("--timeout takes a number of seconds between 1 and 600.") << '\n';
        return std::nullopt;
    }
    Target target;
    target.config.options.timeoutMs = timeout * 1000;
    target.config.workspaceLabel = QStringLiteral("braze-cli");

    const bool endpointGiven = parser.isSet(QStringLiteral("endpoint"));
    if (!endpointGiven || parser.isSet(QStringLiteral("workspace"))) {
        WorkspaceStore store;
        if (!CliWorkspaces::load(store, err))
            return std::nullopt;
        target.workspace = CliWorkspaces::find(store, parser.value(QStringLiteral("workspace")), err);
        if (!target.workspace)
            return std::nullopt;
        target.config.workspaceLabel = target.workspace->name;
    }
    if (!endpointGiven) {
        if (!useWorkspace(*target.workspace, &target, err))
            return std::nullopt;
        target.loopback = isLoopback(target.config.baseUrl);
        return target;
    }

    const QString endpointText = parser.value(QStringLiteral("endpoint"));
    const QString confirmed = parser.isSet(QStringLiteral("allow-custom-host")) ? WorkspaceValidator::normalisedEndpoint(endpointText).host() : QString();
    if (!checkEndpoint(endpointText, QStringLiteral("--endpoint %1").arg(endpointText), confirmed, err))
        return std::nullopt;
    const QString key = WorkspaceValidator::normalisedApiKey(qEnvironmentVariable("BRAZE_API_KEY"));
    if (key.isEmpty()) {
        err << EndpointOptionText::tr("Set the API key in the environment variable BRAZE_API_KEY (it is never taken from the command line).") << '\n';
        return std::nullopt;
    }
    if (!checkKey(key, QStringLiteral("BRAZE_API_KEY"), err))
        return std::nullopt;
    target.config.baseUrl = WorkspaceValidator::normalisedEndpoint(endpointText);
    target.config.apiKey = key;
    target.loopback = isLoopback(target.config.baseUrl);
    return target;
}

} // namespace BrazeEndpointOption
