#include "cli/webhookcommand.h"

#include "cli/brazeendpointoption.h"
#include "cli/previewdata.h"
#include "cli/webhookaudience.h"
#include "cli/webhookimport.h"
#include "cli/webhookrehearse.h"

#include "cli/cliworkspaces.h"

#include "braze/brazeclient.h"
#include "config/workspacestore.h"
#include "integrations/savedpartnersettings.h"
#include "braze/log/redactor.h"
#include "files/boundedfilereader.h"
#include "sandbox/sandboxhost.h"
#include "webhook/connectedcontentgate.h"
#include "webhook/presetcatalog.h"
#include "webhook/previewuser.h"
#include "webhook/requestrenderer.h"
#include "webhook/settingreference.h"
#include "webhook/templatefile.h"
#include "webhook/testsend.h"
#include "webhook/workspacedataloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

using namespace Webhook;
using namespace Config;
using namespace Sandbox;

namespace {


bool loadTemplate(const QString &spec, WebhookTemplate *webhook, QString *error)
{
    if (spec.startsWith(QLatin1String("preset:"))) {
        const auto preset = PresetCatalog::byId(spec.mid(7));
        if (!preset) {
            QStringList ids;
            for (const WebhookTemplate &p : PresetCatalog::all())
                ids.append(QStringLiteral("preset:") + p.presetId);
            *error = WebhookCommand::tr("There is no preset “%1”; the presets are: %2.").arg(spec, ids.join(QStringLiteral(", ")));
            return false;
        }
        *webhook = *preset;
        return true;
    }
    return TemplateFile::read(spec, webhook, error);
}

// The partner settings a template refers to ([[setting:quikly/q_scope]]) as the active workspace
// saved them, read like the console's webhook builder reads them; unsaved ones stay and are reported.
WebhookTemplate withSavedSettings(const WebhookTemplate &webhook, QTextStream &err)
{
    const QStringList names = SettingReference::namesIn(webhook);
    if (names.isEmpty())
        return webhook;
    WorkspaceStore store;
    if (!CliWorkspaces::load(store, err))
        return webhook;
    const std::optional<Workspace> workspace = CliWorkspaces::find(store, QString(), err);
    if (!workspace)
        return webhook;
    const Integrations::SavedPartnerSettings saved(workspace->id, workspace->builtInSandbox);
    SettingReference::Values values;
    for (const QString &name : names) {
        if (const QString value = saved.value(SettingReference::partnerOf(name), SettingReference::fieldOf(name)); !value.isEmpty())
            values.insert(name, value);
    }
    return SettingReference::resolved(webhook, values);
}

bool loadUser(const QString &path, PreviewUser *user, QString *error)
{
    const BoundedFileReader::Result read = BoundedFileReader::read(path, BoundedFileReader::MaxInputFileBytes);
    if (!read.problem.isEmpty()) {
        *error = read.problem;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(read.data, &parseError);
    if (!doc.isObject()) {
        *error = WebhookCommand::tr("The user file “%1” must hold one JSON object (a user as users/export/ids returns it).").arg(path);
        return false;
    }
    return PreviewUser::fromJson(doc.object(), user, error);
}

SecretValues secretsFromEnvironment(const WebhookTemplate &webhook)
{
    QString all = webhook.url + webhook.rawBody;
    for (const KeyValueRow &row : webhook.headers + webhook.pairs)
        all += row.value;
    SecretValues values;
    for (const QString &name : SecretReference::namesIn(all) + ConnectedContentSource::credentialSecretNamesIn(all)) {
        const QByteArray variable = SecretReference::environmentVariable(name).toLatin1();
        if (qEnvironmentVariableIsSet(variable.constData()))
            values.insert(name, qEnvironmentVariable(variable.constData()));
    }
    return values;
}

void printReport(QTextStream &out, QTextStream &err, const RenderedRequest &request)
{
    for (const WebhookProblem &problem : request.problems)
        (problem.isError() ? err : out) << (problem.isError() ? QString() : WebhookCommand::tr("warning: ")) << problem.format() << '\n';
    for (const QString &attribute : request.missingAttributes)
        out << WebhookCommand::tr("note: this user has no value for %1").arg(attribute) << '\n';
    for (const Liquid::MessageExtra &extra : request.messageExtras)
        out << WebhookCommand::tr("message_extras: %1 = %2").arg(extra.key, extra.value) << '\n';
    for (const Liquid::PromotionCode &code : request.promotionCodes)
        out << WebhookCommand::tr("promotion code from “%1”: %2 is a sample; Braze takes a real code from the list").arg(code.list, code.sample) << '\n';
    for (const Liquid::ConnectedContentCall &call : request.connectedContent)
        out << WebhookCommand::tr("connected content: %1").arg(ConnectedContentSource::describe(call)) << '\n';
}

int sendAndPrint(const RenderedRequest &request, const QUrl &target, QTextStream &out, QTextStream &err)
{
    Braze::ClientConfig config;
    config.workspaceLabel = QStringLiteral("braze-cli");
    config.options.maxRetries = 0;
    Braze::BrazeClient client(config);
    Braze::RequestHandle *handle = sendTest(client, request, target);
    Braze::ApiResult result;
    QEventLoop loop;
    QObject::connect(handle, &Braze::RequestHandle::finished, &loop, [&](const Braze::ApiResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.httpStatus == 0) {
        err << WebhookCommand::tr("The request was not answered: %1").arg(result.error.fullText()) << '\n';
        return 4;
    }
    out << WebhookCommand::tr("HTTP %1 in %2 ms").arg(result.httpStatus).arg(result.durationMs) << '\n';
    for (const auto &[name, value] : result.headers)
        out << QString::fromLatin1(name) << ": " << QString::fromUtf8(value) << '\n';
    out << '\n' << QString::fromUtf8(result.body) << '\n';
    return result.httpStatus >= 200 && result.httpStatus < 300 ? 0 : 4;
}

} // namespace

QString WebhookCommand::summary() const
{
    return WebhookCommand::tr("Render a webhook template for a user (preview), send it (send), rehearse Braze's delivery (rehearse) or import a cURL command (import-curl)");
}

int WebhookCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        WebhookCommand::tr("preview: print the request a webhook template makes for a user (method, URL, headers with secrets masked, body).\n"
           "preview --users FILE.jsonl: render for every user of the file and print the audience summary.\n"
           "send: send it and print the response.\n"
           "rehearse: send it the way Braze delivers webhooks (retries of 408, 429 and 5xx with Braze's waits, 90 s timeout, "
           "no redirects) and print each attempt.\n"
           "import-curl: read a cURL command from standard input and write it as a template.\n"
           "Partner secrets come from environment variables: [[secret:quikly/authorization]] is read from "
           "BRAZE_SECRET_QUIKLY_AUTHORIZATION (upper case, other characters become _).\n"
           "Partner settings ([[setting:quikly/q_scope]]) are the ones saved for the active workspace "
           "(Quikly › Settings, or braze-cli integration set).\n"
           "Exit status: 0 done (rehearse: delivered), 1 template or render error (with --users: some users broken or lines "
           "unreadable; import-curl: not a cURL command), 2 usage, 3 aborted by abort_message, 4 send failed or non-2xx "
           "(rehearse: not delivered)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), WebhookCommand::tr("preview, send, rehearse or import-curl"));
    const QCommandLineOption templateOption(QStringLiteral("template"), WebhookCommand::tr("Template file (JSON) or preset:ID, e.g. preset:quikly."), WebhookCommand::tr("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"), WebhookCommand::tr("User file: one user object as users/export/ids returns it, optionally with event_properties, canvas_entry_properties and api_trigger_properties."), WebhookCommand::tr("FILE"));
    const QCommandLineOption urlOption(QStringList{QStringLiteral("url"), QStringLiteral("endpoint")},
                                       WebhookCommand::tr("send, rehearse: send to this URL instead of the template's. preview: the workspace's REST "
                                                          "endpoint (key in BRAZE_API_KEY) whose Content Blocks and catalog items fill the preview."),
                                       WebhookCommand::tr("URL"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), WebhookCommand::tr("send: start a local sandbox and send to its webhook receiver (offline rehearsal)."));
    const QCommandLineOption fetchOption(QStringLiteral("fetch-connected-content"), WebhookCommand::tr("Perform connected_content calls (otherwise they are only listed)."));
    const QCommandLineOption usersOption(QStringLiteral("users"), WebhookCommand::tr("preview: a JSON lines file with one user per line (as users/export/ids returns each user); prints the audience summary."), WebhookCommand::tr("FILE"));
    const QCommandLineOption summaryOption(QStringLiteral("summary"), WebhookCommand::tr("preview --users: print the summary (the default; kept for scripts that spell it out)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), WebhookCommand::tr("preview --users: print the summary as JSON."));
    const QCommandLineOption answersOption(QStringLiteral("sandbox-answers"), WebhookCommand::tr("rehearse: start a local sandbox whose webhook receiver answers these statuses in turn, e.g. 503,503,200 (also drop, hang)."), WebhookCommand::tr("LIST"));
    const QCommandLineOption speedOption(QStringLiteral("speed"), WebhookCommand::tr("rehearse: run Braze's waits and timeouts this many times faster (1: real time)."), WebhookCommand::tr("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption outputOption(QStringLiteral("output"), WebhookCommand::tr("import-curl: write the template to this file instead of standard output."), WebhookCommand::tr("FILE"));
    parser.addOptions({templateOption, userOption, urlOption, sandboxOption, fetchOption, usersOption, summaryOption, jsonOption,
                       answersOption, speedOption, outputOption});
    parser.addOptions(PreviewData::options());
    BrazeEndpointOption::add(parser, false);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("import-curl")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            err << WebhookCommand::tr("Could not read standard input.") << '\n';
            return 2;
        }
        return runCurlImport(input, parser.value(outputOption), out, err);
    }
    const QStringList actions = {QStringLiteral("preview"), QStringLiteral("send"), QStringLiteral("rehearse")};
    if (!actions.contains(action) || !parser.isSet(templateOption)) {
        err << WebhookCommand::tr("Usage: braze-cli webhook preview|send|rehearse --template FILE.json|preset:ID [--user FILE.json | --users FILE.jsonl [--summary] [--json]]") << '\n'
            << WebhookCommand::tr("       braze-cli webhook import-curl [--output FILE.json] < command.txt") << '\n';
        return 2;
    }
    WebhookTemplate webhook;
    PreviewUser user;
    QString error;
    if (parser.isSet(usersOption)) {
        if (action != QLatin1String("preview") || parser.isSet(userOption)) {
            err << WebhookCommand::tr("--users goes with preview and replaces --user.") << '\n';
            return 2;
        }
        if (!loadTemplate(parser.value(templateOption), &webhook, &error)) {
            err << error << '\n';
            return 2;
        }
        return runAudienceSummary(withSavedSettings(webhook, err), parser.value(usersOption), parser.isSet(jsonOption), out, err);
    }
    if (!loadTemplate(parser.value(templateOption), &webhook, &error)
        || (parser.isSet(userOption) && !loadUser(parser.value(userOption), &user, &error))) {
        err << error << '\n';
        return 2;
    }
    webhook = withSavedSettings(webhook, err);
    bool speedOk = false;
    const double speed = parser.value(speedOption).toDouble(&speedOk);
    if (!speedOk || speed <= 0) {
        err << WebhookCommand::tr("--speed takes a positive number, e.g. 60.") << '\n';
        return 2;
    }

    RequestRenderer renderer;
    auto gate = std::make_shared<ConnectedContentGate>();
    gate->setAllowed(parser.isSet(fetchOption));
    renderer.environment().setConnectedContentFetcher(gate);
    const bool sending = action != QLatin1String("preview");
    PreviewData::Sources offlineData;
    if (!PreviewData::readOffline(parser, &offlineData, err))
        return 2;
    // preview --endpoint URL (or --workspace): that workspace's Content Blocks and catalog items.
    std::optional<BrazeEndpointOption::Target> workspace;
    std::unique_ptr<Braze::BrazeClient> client;
    WorkspaceDataLoader loader;
    if (!sending && (parser.isSet(urlOption) || parser.isSet(QStringLiteral("workspace")))) {
        workspace = BrazeEndpointOption::resolve(parser, err);
        if (!workspace)
            return 2;
        client = std::make_unique<Braze::BrazeClient>(workspace->config);
        loader.setClient(client.get(), workspace->config.baseUrl.toString());
        PreviewData::apply(offlineData, {loader.data(), loader.data()}, renderer.environment());
    } else {
        PreviewData::apply(offlineData, {}, renderer.environment());
    }
    const SecretValues secrets = secretsFromEnvironment(webhook);
    // :basic_auth credentials (BRAZE_SECRET_CONNECTED_CONTENT_NAME) are used by previews too.
    renderer.setPreviewCredentials(secrets);
    RenderedRequest request;
    PreviewData::renderUntilSettled(loader, [&] { request = renderer.render(webhook, user.toLiquidData(), sending ? &secrets : nullptr); });
    printReport(out, err, request);
    if (request.hasErrors())
        return 1;
    if (request.aborted) {
        out << WebhookCommand::tr("this user would not be sent: %1").arg(request.abortMessage) << '\n';
        return 3;
    }
    if (!sending) {
        out << request.toText();
        return 0;
    }
    const bool offline = parser.isSet(sandboxOption) || parser.isSet(answersOption);
    if (!request.missingSettings.isEmpty() && !offline) {
        for (const QString &name : request.missingSettings)
            err << WebhookCommand::tr("The partner setting %1 is not saved for the active workspace: save it first "
                                      "(braze-cli integration set %2 %3=VALUE).")
                       .arg(name, SettingReference::partnerOf(name), SettingReference::fieldOf(name))
                << '\n';
        return 2;
    }
    if (!request.missingSecrets.isEmpty()) {
        for (const QString &name : request.missingSecrets)
            err << (offline ? WebhookCommand::tr("warning: the partner secret “%1” is not set (%2): the sandbox receives it masked.")
                            : WebhookCommand::tr("The partner secret “%1” is not set: export %2 before sending."))
                       .arg(name, SecretReference::environmentVariable(name))
                << '\n';
        if (!offline)
            return 2;
    }
    if (action == QLatin1String("rehearse"))
        return runRehearsal(request, QUrl(parser.value(urlOption)), parser.value(answersOption), speed, out, err);
    QUrl target(parser.value(urlOption));
    SandboxHost sandbox;
    if (parser.isSet(sandboxOption)) {
        if (!sandbox.startAndWait()) {
            err << WebhookCommand::tr("The sandbox could not start: %1").arg(sandbox.errorString()) << '\n';
            return 4;
        }
        target = sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/webhooks/cli")));
    }
    // The URL may carry a partner secret ([[secret:…]] in the query): printed masked, as the preview shows it.
    Braze::Redactor redactor;
    for (const QString &value : secrets)
        redactor.addSecret(value.toUtf8());
    out << WebhookCommand::tr("Sending %1 %2").arg(request.method, redactor.redact(target.isValid() ? target.toString() : request.url)) << '\n';
    return sendAndPrint(request, target, out, err);
}
