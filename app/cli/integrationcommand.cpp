#include "cli/integrationcommand.h"

#include "cli/cliworkspaces.h"
#include "cli/namevaluepairs.h"

#include "config/secretstore.h"
#include "config/workspacestore.h"
#include "integrations/fieldvalidator.h"
#include "integrations/integrationtext.h"
#include "integrations/partnerconfigstore.h"
#include "integrations/partnerloader.h"
#include "integrations/placeholders.h"
#include "integrations/readiness.h"
#include "integrations/stepregistry.h"
#include "webhook/secretreference.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Integrations;
using namespace Config;

namespace {

constexpr int Refused = 2;
constexpr int Failed = 1;

// The keychain entry and environment variable of a partner secret ("quikly/authorization"),
// shared with the webhook builder's Partner secrets.
QString secretReference(const PartnerDescription &partner, const FieldSpec &field)
{
    return partner.id + QLatin1Char('/') + field.id;
}

} // namespace

QString IntegrationCommand::summary() const
{
    return tr("Show or change a partner's settings in a workspace (integration show|set PARTNER)");
}

int IntegrationCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("show PARTNER: the partner's settings in the workspace, each with its state (verified, set but not verified, missing or refused).\n"
           "set PARTNER FIELD=VALUE ...: changes settings, checked as on the Settings tab; tables as JSON. A secret field is named "
           "without a value and read from BRAZE_SECRET_<PARTNER>_<FIELD> (e.g. BRAZE_SECRET_QUIKLY_AUTHORIZATION), never from the command line.\n"
           "Invalid values exit with status 2 and change nothing."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("show or set"));
    parser.addPositionalArgument(QStringLiteral("PARTNER"), tr("quikly, smartersends, actioniq or outgrow"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace, by name or id (default: the active one)."), tr("WORKSPACE"));
    const QCommandLineOption anyway(QStringLiteral("anyway"), tr("set: save a value Braze refused when it was checked."));
    const QCommandLineOption json(QStringLiteral("json"), tr("show: print JSON."));
    parser.addOptions({workspaceOption, anyway, json});
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if ((action != QLatin1String("show") && action != QLatin1String("set")) || positional.size() < 2
        || (action == QLatin1String("show") && positional.size() != 2) || (action == QLatin1String("set") && positional.size() < 3)) {
        err << tr("Say what to do: braze-cli integration show PARTNER, or braze-cli integration set PARTNER FIELD=VALUE ...") << '\n';
        return Refused;
    }
    const QList<PartnerDescription> partners = PartnerLoader(StepRegistry::standard()).loadEmbedded();
    const PartnerDescription *partner = nullptr;
    QStringList partnerIds;
    for (const PartnerDescription &p : partners) {
        partnerIds.append(p.id);
        if (p.id == positional.at(1).toLower())
            partner = &p;
    }
    if (!partner) {
        err << tr("There is no partner “%1”; the partners are %2.").arg(positional.at(1), partnerIds.join(QStringLiteral(", "))) << '\n';
        return Refused;
    }

    WorkspaceStore workspaces(WorkspaceFile::defaultPath());
    if (!CliWorkspaces::load(workspaces, err)) {
        err << tr("Nothing was changed.") << '\n';
        return Failed;
    }
    const std::optional<Workspace> workspace = CliWorkspaces::find(workspaces, parser.value(workspaceOption), err);
    if (!workspace)
        return Refused;

    SecretStore secrets;
    const PartnerConfigStore store(QString(), &secrets);
    QString readError;
    QJsonObject values = store.effective(workspace->id, workspace->builtInSandbox, *partner, &readError);
    if (!readError.isEmpty()) {
        err << readError << '\n';
        return Failed;
    }

    if (action == QLatin1String("set")) {
        QHash<QString, QString> secretValues;
        QStringList valuePairs;
        for (const QString &argument : positional.mid(2)) {
            const QString fieldId = argument.section(QLatin1Char('='), 0, 0);
            const FieldSpec *field = partner->field(fieldId);
            if (!field) {
                QStringList ids;
                for (const FieldSpec &f : partner->fields)
                    ids.append(f.id);
                err << tr("%1 has no setting “%2”; its settings are %3.").arg(IntegrationText::text(partner->titleId), fieldId, ids.join(QStringLiteral(", "))) << '\n';
                return Refused;
            }
            if (field->isSecret()) {
                const QString variable = Webhook::SecretReference::environmentVariable(secretReference(*partner, *field));
                if (argument.contains(QLatin1Char('='))) {
                    err << tr("Keep secrets off the command line: export %1 and name the field alone (braze-cli integration set %2 %3).")
                               .arg(variable, partner->id, field->id) << '\n';
                    return Refused;
                }
                if (qEnvironmentVariableIsEmpty(qPrintable(variable))) {
                    err << tr("Set the value of “%1” in the environment variable %2.").arg(IntegrationText::text(field->labelId), variable) << '\n';
                    return Refused;
                }
                secretValues.insert(field->id, qEnvironmentVariable(qPrintable(variable)).trimmed());
                continue;
            }
            valuePairs.append(argument);
        }
        QHash<QString, QJsonValue> given;
        QString bad;
        if (!NameValuePairs::parse(valuePairs, &given, &bad)) {
            err << tr("“%1” is not FIELD=VALUE (tables as JSON).").arg(bad) << '\n';
            return Refused;
        }
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            const FieldSpec *field = partner->field(it.key());
            const QJsonValue value = it.value().isString() ? QJsonValue(it.value().toString().trimmed()) : it.value();
            values.insert(it.key(), field->isTable() ? QJsonValue(FieldValidator::withDerivedColumns(*field, value.toArray(), values)) : value);
        }
        // The Settings tab's rules: every format problem blocks saving.
        const QStringList problems = FieldValidator::problems(*partner, values);
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                err << problem << '\n';
            err << tr("Nothing was changed.") << '\n';
            return Refused;
        }
        // A value Braze refused when it was checked is saved only when asked for explicitly.
        ReadinessInputs inputs;
        inputs.config = values;
        inputs.checks = store.checks(workspace->id, partner->id);
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            const Readiness::Item state = Readiness::fieldState(*partner->field(it.key()), inputs);
            if (state.refused && !parser.isSet(anyway)) {
                err << tr("%1: %2 Save it anyway with --anyway.").arg(IntegrationText::text(partner->field(it.key())->labelId), state.why) << '\n'
                    << tr("Nothing was changed.") << '\n';
                return Refused;
            }
        }
        if (const QString error = store.save(workspace->id, *partner, values); !error.isEmpty()) {
            err << error << '\n';
            return Failed;
        }
        for (auto it = secretValues.cbegin(); it != secretValues.cend(); ++it) {
            if (!CliWorkspaces::writeSecret(secrets, PartnerConfigStore::secretName(workspace->id, partner->id, it.key()), it.value()))
                err << secrets.keychainProblem() << '\n'
                    << tr("“%1” was not kept: braze-cli ends now.").arg(IntegrationText::text(partner->field(it.key())->labelId)) << '\n';
        }
        out << tr("Saved the %1 settings of workspace “%2”.").arg(IntegrationText::text(partner->titleId), workspace->name) << '\n';
    }

    // show (and the result of set): each setting with its state.
    ReadinessInputs inputs;
    inputs.config = values;
    inputs.checks = store.checks(workspace->id, partner->id);
    for (const FieldSpec &field : partner->fields) {
        if (field.isSecret() && CliWorkspaces::readSecret(secrets, PartnerConfigStore::secretName(workspace->id, partner->id, field.id)).value_or(QString()).size() > 0)
            inputs.secretsSet.insert(field.id);
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const FieldSpec &field : partner->fields) {
            const Readiness::Item state = Readiness::fieldState(field, inputs);
            QJsonObject object{{QStringLiteral("field"), field.id}, {QStringLiteral("label"), IntegrationText::text(field.labelId)},
                               {QStringLiteral("state"), Readiness::stateName(state.state)}, {QStringLiteral("why"), state.why}};
            if (!field.isSecret())
                object.insert(QStringLiteral("value"), values.value(field.id));
            array.append(object);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("partner"), partner->id}, {QStringLiteral("workspace"), workspace->name},
                                         {QStringLiteral("settings"), array}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (action == QLatin1String("show"))
        out << tr("%1 settings of workspace “%2”").arg(IntegrationText::text(partner->titleId), workspace->name) << '\n';
    for (const FieldSpec &field : partner->fields) {
        const Readiness::Item state = Readiness::fieldState(field, inputs);
        QString value;
        if (field.isSecret())
            value = inputs.secretsSet.contains(field.id) ? tr("(in the keychain)") : QString();
        else if (field.isTable())
            value = QString::fromUtf8(QJsonDocument(values.value(field.id).toArray()).toJson(QJsonDocument::Compact));
        else
            value = Placeholders::toText(values.value(field.id));
        out << QStringLiteral("  %1 = %2").arg(field.id, value) << '\n'
            << QStringLiteral("      ") << Readiness::stateWithWhy(state) << '\n';
    }
    return 0;
}
