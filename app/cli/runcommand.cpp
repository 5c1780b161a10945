#include "runcommand.h"

#include "namevaluepairs.h"

#include "braze/brazeclient.h"
#include "braze/log/requestlogmodel.h"
#include "config/workspacevalidator.h"
#include "integrations/integrationtext.h"
#include "integrations/partnerconfigstore.h"
#include "integrations/partnerloader.h"
#include "integrations/stepregistry.h"
#include "integrations/workflowrunner.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTextStream>

using namespace Integrations;

namespace {

QString statusWord(StepResult::Status status)
{
    return StepResult::statusName(status).leftJustified(9);
}

} // namespace

QString RunCommand::summary() const
{
    return tr("Run a partner workflow (quikly.email-acquisition, ...) and print each step");
}

int RunCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs one partner workflow against a Braze REST endpoint (or the sandbox) and prints each step and the verdict.\n"
                                        "The API key is read from the environment variable BRAZE_API_KEY."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workflow"), tr("The workflow, e.g. quikly.sms-subscription."));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the workflows and their parameters."));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), tr("The REST endpoint, e.g. https://rest.fra-01.braze.eu or the sandbox's URL."), tr("url"));
    const QCommandLineOption param(QStringLiteral("param"), tr("A workflow parameter (repeatable)."), tr("name=value"));
    const QCommandLineOption config(QStringLiteral("config"), tr("A partner setting (repeatable); tables as JSON."), tr("name=value"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Start from the partner settings saved for this workspace id."), tr("id"));
    const QCommandLineOption demo(QStringLiteral("sandbox-ids"), tr("Start from the IDs of the sandbox's demo workspace."));
    const QCommandLineOption customHost(QStringLiteral("allow-custom-host"), tr("Use an endpoint that is not one of Braze's REST hosts (a proxy, for example)."));
    parser.addOptions({list, endpoint, param, config, workspace, demo, customHost});
    parser.process(arguments);

    QStringList loadErrors;
    const QList<PartnerDescription> partners = PartnerLoader(StepRegistry::standard()).loadEmbedded(&loadErrors);
    for (const QString &e : loadErrors)
        err << e << '\n';

    if (parser.isSet(list)) {
        for (const PartnerDescription &p : partners) {
            for (const WorkflowSpec &w : p.workflows) {
                out << w.id << "  " << IntegrationText::text(w.titleId) << '\n';
                for (const ParamSpec &ps : w.params)
                    out << "    --param " << ps.name << "=" << (ps.defaultValue.isEmpty() ? QStringLiteral("…") : ps.defaultValue)
                        << "  " << IntegrationText::text(ps.labelId) << '\n';
            }
        }
        return 0;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(endpoint)) {
        err << tr("Give one workflow and --endpoint; see braze-cli run --help and braze-cli run --list.") << '\n';
        return 2;
    }
    const QString workflowId = parser.positionalArguments().first();
    const PartnerDescription *partner = nullptr;
    for (const PartnerDescription &p : partners) {
        if (p.workflow(workflowId))
            partner = &p;
    }
    if (!partner) {
        err << tr("There is no workflow \"%1\"; braze-cli run --list shows them.").arg(workflowId) << '\n';
        return 2;
    }
    // The workspace editor's rules, as for call and probe (BrazeEndpointOption).
    const FieldCheck endpointCheck = WorkspaceValidator::checkEndpoint(parser.value(endpoint));
    if (endpointCheck.isWrong()
        || (endpointCheck.verdict == FieldCheck::Verdict::NeedsConfirmation && !parser.isSet(customHost))) {
        err << endpointCheck.message << '\n';
        return 2;
    }
    const QUrl url = WorkspaceValidator::normalisedEndpoint(parser.value(endpoint));
    const QString key = WorkspaceValidator::normalisedApiKey(qEnvironmentVariable("BRAZE_API_KEY"));
    if (key.isEmpty()) {
        err << tr("Set the API key in the environment variable BRAZE_API_KEY.") << '\n';
        return 2;
    }
    if (const FieldCheck keyCheck = WorkspaceValidator::checkApiKey(key); !keyCheck.isFine()) {
        err << keyCheck.message << '\n';
        return 2;
    }

    QHash<QString, QJsonValue> params, settings;
    QString bad;
    if (!NameValuePairs::parse(parser.values(param), &params, &bad) || !NameValuePairs::parse(parser.values(config), &settings, &bad)) {
        err << tr("\"%1\" is not name=value.").arg(bad) << '\n';
        return 2;
    }
    RunEnvironment environment;
    environment.endpoint = url.toString();
    environment.sandbox = QHostAddress(url.host()).isLoopback() || url.host() == QLatin1String("localhost");
    // Against the sandbox (a loopback endpoint) a run starts from the sandbox's demo IDs, as the
    // console's sandbox workspace does.
    environment.config = parser.isSet(workspace)                    ? PartnerConfigStore().load(parser.value(workspace), *partner)
                         : parser.isSet(demo) || environment.sandbox ? PartnerConfigStore::sandboxValues(*partner)
                                                                    : PartnerConfigStore::defaults(*partner);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        environment.config.insert(it.key(), it.value());

    Braze::ClientConfig clientConfig;
    clientConfig.baseUrl = url;
    clientConfig.apiKey = key;
    clientConfig.workspaceLabel = QStringLiteral("braze-cli");
    Braze::BrazeClient client(clientConfig);
    environment.client = &client;

    WorkflowRunner runner(*partner, *partner->workflow(workflowId), environment, StepRegistry::standard());
    QHash<QString, QString> textParams;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        textParams.insert(it.key(), it.value().isString() ? it.value().toString() : QString::fromUtf8(QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact)));
    const QList<ParamIssue> issues = runner.setParameters(textParams);
    if (!issues.isEmpty()) {
        for (const ParamIssue &issue : issues)
            err << tr("--param %1: %2").arg(issue.name, issue.message) << '\n';
        return 2;
    }

    out << tr("%1 — %2").arg(IntegrationText::text(partner->titleId), IntegrationText::text(runner.workflow().titleId)) << '\n';
    QObject::connect(&runner, &WorkflowRunner::stepFinished, &runner, [&](int index) {
        const StepResult &r = runner.stepResult(index);
        out << QStringLiteral("[%1/%2] ").arg(index + 1).arg(runner.stepCount()) << statusWord(r.status) << ' ' << runner.stepTitle(index);
        if (!r.summary.isEmpty())
            out << " — " << r.summary;
        if (r.status != StepResult::Status::Skipped)
            out << QStringLiteral(" (%1 ms)").arg(r.durationMs);
        out << '\n';
        for (const StepCheck &c : r.checks)
            out << "        " << (c.passed ? "ok   " : "FAIL ") << c.name << ": " << c.actual << (c.passed ? QString() : tr(" (expected %1)").arg(c.expected)) << '\n';
        for (const StepExchange &e : r.exchanges)
            out << "        " << e.method << ' ' << e.pathAndQuery << " -> " << e.httpStatus << '\n';
        out.flush();
    });
    QObject::connect(&runner, &WorkflowRunner::stepProgress, &runner, [&](int index, const QString &text) {
        out << QStringLiteral("[%1/%2] ").arg(index + 1).arg(runner.stepCount()) << "…        " << text << '\n';
        out.flush();
    });
    QEventLoop loop;
    QObject::connect(&runner, &WorkflowRunner::finished, &loop, &QEventLoop::quit);
    if (!runner.start())
        return 2;
    loop.exec();
    const WorkflowRunner::Verdict &verdict = runner.verdict();
    out << tr("Verdict: %1 — %2 (%3 ms)").arg(WorkflowRunner::outcomeName(verdict.outcome), verdict.message).arg(verdict.durationMs) << '\n';
    if (!verdict.hint.isEmpty())
        out << tr("What to do: %1").arg(verdict.hint) << '\n';
    return verdict.outcome == WorkflowRunner::Verdict::Outcome::Passed ? 0 : 1;
}
