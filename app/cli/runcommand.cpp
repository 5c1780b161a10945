#include "cli/runcommand.h"

#include "cli/brazeendpointoption.h"
#include "cli/namevaluepairs.h"

#include "braze/brazeclient.h"
#include "braze/log/requestlogmodel.h"
#include "integrations/integrationtext.h"
#include "integrations/partnerconfigstore.h"
#include "integrations/partnerloader.h"
#include "integrations/stepregistry.h"
#include "integrations/workflowrunner.h"

#include <QCommandLineParser>
#include <QEventLoop>
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
    parser.setApplicationDescription(tr("Runs one partner workflow and prints each step and the verdict: against the active workspace "
                                        "(the built-in sandbox when none is set up), the one named with --workspace, or the endpoint given with --endpoint.\n"
                                        "With --endpoint the API key is read from the environment variable BRAZE_API_KEY; a saved workspace's key "
                                        "comes from BRAZE_API_KEY or else the keychain. The workspace's saved partner settings apply."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workflow"), tr("The workflow, e.g. quikly.sms-subscription."));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the workflows and their parameters."));
    const QCommandLineOption param(QStringLiteral("param"), tr("A workflow parameter (repeatable)."), tr("name=value"));
    const QCommandLineOption config(QStringLiteral("config"), tr("A partner setting (repeatable); tables as JSON."), tr("name=value"));
    const QCommandLineOption demo(QStringLiteral("sandbox-ids"), tr("Start from the IDs of the sandbox's demo workspace."));
    parser.addOptions({list, param, config, demo});
    BrazeEndpointOption::add(parser);
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
    if (parser.positionalArguments().size() != 1) {
        err << tr("Give one workflow; see braze-cli run --help and braze-cli run --list.") << '\n';
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
    QHash<QString, QJsonValue> params, settings;
    QString bad;
    if (!NameValuePairs::parse(parser.values(param), &params, &bad) || !NameValuePairs::parse(parser.values(config), &settings, &bad)) {
        err << tr("\"%1\" is not name=value.").arg(bad) << '\n';
        return 2;
    }
    const auto target = BrazeEndpointOption::resolve(parser, err);
    if (!target)
        return 2;

    RunEnvironment environment;
    environment.endpoint = target->config.baseUrl.toString();
    environment.sandbox = target->loopback;
    // The settings every page reads: the workspace's saved ones (in the built-in sandbox, a partner
    // never configured there starts from the demo workspace's IDs). A bare --endpoint to a loopback
    // sandbox starts from those IDs too.
    QString settingsProblem;
    environment.config = target->workspace   ? PartnerConfigStore().effective(target->workspace->id, target->workspace->builtInSandbox, *partner, &settingsProblem)
                         : parser.isSet(demo) || environment.sandbox ? PartnerConfigStore::sandboxValues(*partner)
                                                                    : PartnerConfigStore::defaults(*partner);
    if (!settingsProblem.isEmpty())
        err << settingsProblem << '\n';
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        environment.config.insert(it.key(), it.value());

    Braze::BrazeClient client(target->config);
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
    if (target->workspace) {
        out << (target->sandbox         ? tr("Workspace: %1 (the built-in sandbox)").arg(target->workspace->name)
                : target->sharedSandbox ? tr("Workspace: %1 (the built-in sandbox the console is running, %2)").arg(target->workspace->name, environment.endpoint)
                                        : tr("Workspace: %1 (%2)").arg(target->workspace->name, environment.endpoint)) << '\n';
    }
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
