#include "cli/workspacecommand.h"

#include "cli/cliworkspaces.h"

#include "config/fieldcheck.h"
#include "config/secretstore.h"
#include "config/workspaceexchange.h"
#include "config/workspacereview.h"
#include "config/workspacestore.h"
#include "config/workspacevalidator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Config;

namespace {

constexpr int Refused = 2;
constexpr int Failed = 1;

// The store reports a failed save through a signal; the command needs it as an answer.
class SaveWatch
{
public:
    explicit SaveWatch(WorkspaceStore &store)
    {
        m_connection = QObject::connect(&store, &WorkspaceStore::saveFailed, [this](const QString &message) { m_problem = message; });
    }
    ~SaveWatch() { QObject::disconnect(m_connection); }
    QString problem() const { return m_problem; }

private:
    QMetaObject::Connection m_connection;
    QString m_problem;
};

} // namespace

QString WorkspaceCommand::summary() const
{
    return tr("List, add, change, remove, import and export workspaces (workspace list|add|update|remove|import|export)");
}

int WorkspaceCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("list: the saved workspaces (--json for a script).\n"
           "add --name N --endpoint URL [--app-id ID] [--notes TEXT] [--allow-custom-host]: a new workspace.\n"
           "update WORKSPACE [--name N] [--endpoint URL] [--app-id ID] [--notes TEXT] [--allow-custom-host]: changes one.\n"
           "remove WORKSPACE: deletes it and its API key.\n"
           "import FILE [--allow-custom-host]: imports exported workspaces; export FILE: exports them (never the keys).\n"
           "WORKSPACE is a name or an id. add and update take the API key from BRAZE_API_KEY into the keychain. "
           "The rules are the Workspaces page's: invalid input exits with status 2 and changes nothing."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, add, update, remove, import or export"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("The workspace's name."), tr("NAME"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"), tr("The REST endpoint, e.g. https://rest.fra-01.braze.eu."), tr("URL"));
    const QCommandLineOption appIdOption(QStringLiteral("app-id"), tr("The App ID (optional)."), tr("ID"));
    const QCommandLineOption notesOption(QStringLiteral("notes"), tr("Notes for colleagues."), tr("TEXT"));
    const QCommandLineOption customHost(QStringLiteral("allow-custom-host"),
                                        tr("Confirms an endpoint that is not one of Braze's REST hosts (a proxy), as the page's checkbox does."));
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    parser.addOptions({nameOption, endpointOption, appIdOption, notesOption, customHost, json});
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("update"), QStringLiteral("remove"),
                              QStringLiteral("import"), QStringLiteral("export")};
    const int wantedArguments = action == QLatin1String("list") || action == QLatin1String("add") ? 1 : 2;
    if (!actions.contains(action) || positional.size() != wantedArguments) {
        err << tr("Say what to do: braze-cli workspace list|add|update|remove|import|export; see braze-cli workspace --help.") << '\n';
        return Refused;
    }

    WorkspaceStore store(WorkspaceFile::defaultPath());
    const bool loaded = CliWorkspaces::load(store, err);
    if (action == QLatin1String("list")) {
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Workspace &workspace : store.workspaces()) {
                QJsonObject object = workspace.toJson();
                object.insert(QStringLiteral("active"), workspace.id == store.current().id);
                array.append(object);
            }
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Workspace &workspace : store.workspaces()) {
                const QString endpoint = workspace.builtInSandbox ? tr("built-in sandbox") : workspace.endpoint.toString();
                out << (workspace.id == store.current().id ? "* " : "  ") << workspace.name << "  " << endpoint << "  " << workspace.id << '\n';
            }
        }
        return loaded ? 0 : Failed;
    }
    if (!loaded) {
        err << tr("Nothing was changed.") << '\n';
        return Failed;
    }

    if (action == QLatin1String("export")) {
        const QString problem = WorkspaceExchange::exportToFile(store.workspaces(), positional.at(1));
        if (!problem.isEmpty()) {
            err << problem << '\n';
            return Failed;
        }
        out << tr("Workspaces exported to %1 (without API keys).").arg(QDir::toNativeSeparators(positional.at(1))) << '\n';
        return 0;
    }

    SecretStore secrets;
    SaveWatch saving(store);
    if (action == QLatin1String("import")) {
        const WorkspaceExchange::ImportResult file = WorkspaceExchange::importFromFile(positional.at(1));
        if (!file.problem.isEmpty()) {
            err << file.problem << '\n';
            return Refused;
        }
        QList<WorkspaceReview::Entry> entries = WorkspaceReview::review(file.workspaces, store.namesExcept(QString()));
        QStringList refused;
        for (WorkspaceReview::Entry &entry : entries) {
            if (entry.verdict == WorkspaceReview::Verdict::NeedsConfirmation && parser.isSet(customHost))
                entry = WorkspaceReview::check(entry.workspace, store.namesExcept(QString()), entry.workspace.endpoint.host());
            if (entry.verdict == WorkspaceReview::Verdict::NeedsConfirmation)
                entry.reason += QLatin1Char(' ') + tr("Confirm it with --allow-custom-host.");
            if (entry.verdict != WorkspaceReview::Verdict::Accepted)
                refused.append(WorkspaceReview::describe(entry));
        }
        if (!refused.isEmpty()) {
            for (const QString &line : std::as_const(refused))
                err << line << '\n';
            err << tr("Nothing was imported.") << '\n';
            return Refused;
        }
        for (const WorkspaceReview::Entry &entry : std::as_const(entries))
            store.add(entry.workspace);
        if (!saving.problem().isEmpty()) {
            err << saving.problem() << '\n';
            return Failed;
        }
        for (const WorkspaceReview::Entry &entry : std::as_const(entries))
            out << tr("Imported “%1” (%2). Enter its API key before you use it.").arg(entry.workspace.name, entry.workspace.endpoint.toString()) << '\n';
        return 0;
    }

    std::optional<Workspace> existing;
    if (action != QLatin1String("add")) {
        existing = CliWorkspaces::find(store, positional.at(1), err);
        if (!existing)
            return Refused;
        if (existing->builtInSandbox) {
            err << tr("The built-in sandbox cannot be changed or removed from the command line.") << '\n';
            return Refused;
        }
    }
    if (action == QLatin1String("remove")) {
        store.remove(existing->id);
        if (!saving.problem().isEmpty()) {
            err << saving.problem() << '\n';
            return Failed;
        }
        CliWorkspaces::removeSecret(secrets, SecretStore::apiKeyName(existing->id));
        out << tr("Workspace “%1” removed, with its API key.").arg(existing->name) << '\n';
        return 0;
    }

    // add and update: the editor's checks, the key from the environment.
    if (action == QLatin1String("add") && (!parser.isSet(nameOption) || !parser.isSet(endpointOption))) {
        err << tr("Give at least --name and --endpoint.") << '\n';
        return Refused;
    }
    Workspace workspace = existing ? *existing : Workspace::create(QString());
    if (parser.isSet(nameOption))
        workspace.name = parser.value(nameOption);
    if (parser.isSet(endpointOption))
        workspace.endpoint = QUrl(parser.value(endpointOption).trimmed());
    if (parser.isSet(appIdOption))
        workspace.appId = parser.value(appIdOption);
    if (parser.isSet(notesOption))
        workspace.notes = parser.value(notesOption);
    // An update keeps the host the user confirmed before; an add confirms only with the option.
    const QString confirmed = parser.isSet(customHost) ? WorkspaceValidator::normalisedEndpoint(workspace.endpoint.toString()).host()
                                                       : (existing ? existing->confirmedCustomHost : QString());
    WorkspaceReview::Entry entry = WorkspaceReview::check(workspace, store.namesExcept(workspace.id), confirmed);
    entry.workspace.notes = workspace.notes;
    if (entry.verdict == WorkspaceReview::Verdict::NeedsConfirmation)
        entry.reason += QLatin1Char(' ') + tr("Confirm it with --allow-custom-host.");
    const QString key = WorkspaceValidator::normalisedApiKey(qEnvironmentVariable("BRAZE_API_KEY"));
    if (entry.verdict == WorkspaceReview::Verdict::Accepted && !key.isEmpty()) {
        if (const FieldCheck keyCheck = WorkspaceValidator::checkApiKey(key); !keyCheck.isFine())
            entry = {entry.workspace, WorkspaceReview::Verdict::Refused, tr("BRAZE_API_KEY: %1").arg(keyCheck.message)};
    }
    if (entry.verdict != WorkspaceReview::Verdict::Accepted) {
        err << WorkspaceReview::describe(entry) << '\n' << tr("Nothing was changed.") << '\n';
        return Refused;
    }
    if (existing)
        store.update(entry.workspace);
    else
        store.add(entry.workspace);
    if (!saving.problem().isEmpty()) {
        err << saving.problem() << '\n';
        return Failed;
    }
    if (existing)
        out << tr("Workspace “%1” updated.").arg(entry.workspace.name) << '\n';
    else
        out << tr("Workspace “%1” added (id %2).").arg(entry.workspace.name, entry.workspace.id) << '\n';
    if (key.isEmpty()) {
        if (!existing)
            out << tr("No API key was given: set BRAZE_API_KEY and run braze-cli workspace update, or enter it on the Workspaces page.") << '\n';
        return 0;
    }
    if (!CliWorkspaces::writeSecret(secrets, SecretStore::apiKeyName(entry.workspace.id), key)) {
        err << secrets.keychainProblem() << '\n'
            << tr("The API key was not kept: braze-cli ends now, so enter it again on the Workspaces page or with BRAZE_API_KEY for each command.") << '\n';
        return 0;
    }
    out << tr("The API key is in the system keychain.") << '\n';
    return 0;
}
