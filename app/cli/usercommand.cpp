#include "cli/usercommand.h"

#include "cli/brazeendpointoption.h"

#include "braze/brazeclient.h"
#include "users/actionrunner.h"
#include "users/attributetype.h"
#include "users/identifierkinds.h"
#include "users/profileloader.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Users;

namespace {

using Kind = Braze::UserIdentifier::Kind;

struct Lookup
{
    QList<UserProfile> profiles;
    bool notFound = false;
    Braze::ApiError error;
};

// Runs the event loop until the loader answers.
Lookup lookUp(Braze::BrazeClient &client, const Braze::UserIdentifier &user)
{
    ProfileLoader loader;
    loader.setClient(&client);
    Lookup lookup;
    QEventLoop loop;
    QObject::connect(&loader, &ProfileLoader::profileLoaded, &loop, [&](const UserProfile &p) { lookup.profiles = {p}; loop.quit(); });
    QObject::connect(&loader, &ProfileLoader::matchesFound, &loop, [&](const QList<UserProfile> &p) { lookup.profiles = p; loop.quit(); });
    QObject::connect(&loader, &ProfileLoader::notFound, &loop, [&] { lookup.notFound = true; loop.quit(); });
    QObject::connect(&loader, &ProfileLoader::failed, &loop, [&](const Braze::ApiError &e) { lookup.error = e; loop.quit(); });
    loader.lookUp(user);
    loop.exec();
    return lookup;
}

QJsonObject changeJson(const ProfileChange &change)
{
    QJsonObject object{{QStringLiteral("path"), change.path}};
    if (!change.before.isUndefined())
        object.insert(QStringLiteral("before"), change.before);
    if (!change.after.isUndefined())
        object.insert(QStringLiteral("after"), change.after);
    return object;
}

} // namespace

QString UserCommand::summary() const
{
    return tr("Show a user's profile, set attributes or log an event (user show|set|event)");
}

int UserCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("show: prints the profile as JSON (several profiles sharing an e-mail address or phone: a JSON array).\n"
           "set: sets attributes, e.g. --attr plan=gold --attr visits:number=42 --attr vip:boolean=true "
           "--attr renewal:time=2026-01-31 --attr colours:array=red,green --clear home_city.\n"
           "event: logs a custom event now, e.g. --name quiz_completed --property score:number=42 --property scope=spring.\n"
           "set and event print the request with --dry-run; otherwise they send it, read the profile again "
           "and print the changes. The API key comes from BRAZE_API_KEY."));
    parser.addHelpOption();
    BrazeEndpointOption::add(parser);
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("show, set or event"));
    parser.addOption({QStringLiteral("external-id"), tr("The user's external ID."), tr("ID")});
    parser.addOption({QStringLiteral("email"), tr("The user's e-mail address."), tr("ADDRESS")});
    parser.addOption({QStringLiteral("phone"), tr("The user's phone number (E.164)."), tr("NUMBER")});
    parser.addOption({QStringLiteral("alias"), tr("A user alias as name:label."), tr("NAME:LABEL")});
    parser.addOption({QStringLiteral("braze-id"), tr("The profile's Braze ID."), tr("ID")});
    parser.addOption({QStringLiteral("attr"), tr("set: an attribute as name=value or name:type=value (type: string, number, boolean, time, array)."), tr("SPEC")});
    parser.addOption({QStringLiteral("clear"), tr("set: removes this attribute."), tr("NAME")});
    parser.addOption({QStringLiteral("name"), tr("event: the custom event's name."), tr("NAME")});
    parser.addOption({QStringLiteral("property"), tr("event: a property as key=value or key:type=value."), tr("SPEC")});
    parser.addOption({QStringLiteral("dry-run"), tr("set, event: print the request instead of sending it.")});
    parser.process(arguments);

    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1
        || !QStringList{QStringLiteral("show"), QStringLiteral("set"), QStringLiteral("event")}.contains(action)) {
        err << tr("Say what to do: braze-cli user show|set|event --external-id ID ...") << '\n';
        return 2;
    }

    // Exactly one identifier.
    QList<Braze::UserIdentifier> given;
    const auto take = [&](const char *option, Kind kind) {
        for (const QString &value : parser.values(QLatin1String(option))) {
            if (kind != Kind::Alias) {
                given << IdentifierKinds::fromInput(kind, value);
                continue;
            }
            const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
            given << IdentifierKinds::fromInput(kind, value.left(colon), colon < 0 ? QString() : value.mid(colon + 1));
        }
    };
    take("external-id", Kind::ExternalId);
    take("email", Kind::Email);
    take("phone", Kind::Phone);
    take("alias", Kind::Alias);
    take("braze-id", Kind::BrazeId);
    if (given.size() != 1) {
        err << tr("Name the user with exactly one of --external-id, --email, --phone, --alias NAME:LABEL or --braze-id.") << '\n';
        return 2;
    }
    if (const QString problem = given.first().problem(); !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }

    // Typed values: "name=value" is text, "name:type=value" names the type.
    const auto typedValues = [&](const QString &option, QJsonObject *into) {
        for (const QString &spec : parser.values(option)) {
            const qsizetype equals = spec.indexOf(QLatin1Char('='));
            QString key = spec.left(equals);
            AttributeType type = AttributeType::String;
            if (const qsizetype colon = key.indexOf(QLatin1Char(':')); colon > 0) {
                type = AttributeTypes::fromKey(key.mid(colon + 1));
                key = key.left(colon);
            }
            QString problem;
            const QJsonValue value = equals <= 0 || type == AttributeType::Null
                ? QJsonValue(QJsonValue::Undefined)
                : AttributeTypes::parse(type, spec.mid(equals + 1), &problem);
            if (value.isUndefined()) {
                err << tr("“%1”: %2").arg(spec, problem.isEmpty() ? tr("write name=value or name:type=value with type "
                                                                        "string, number, boolean, time or array.") : problem) << '\n';
                return false;
            }
            into->insert(key, value);
        }
        return true;
    };

    QJsonObject values;
    if (!typedValues(action == QLatin1String("set") ? QStringLiteral("attr") : QStringLiteral("property"), &values))
        return 2;
    if (action == QLatin1String("set")) {
        for (const QString &name : parser.values(QStringLiteral("clear")))
            values.insert(name, QJsonValue::Null);
    }

    const auto target = BrazeEndpointOption::resolve(parser, err);
    if (!target)
        return 2;
    Braze::BrazeClient client(target->config);

    const Lookup found = lookUp(client, given.first());
    if (found.error.isError()) {
        err << found.error.fullText() << '\n';
        return found.error.kind == Braze::ApiError::Kind::Validation ? 2 : 1;
    }
    if (found.notFound) {
        err << tr("No profile found for %1.").arg(given.first().describe()) << '\n';
        return 1;
    }
    if (action == QLatin1String("show")) {
        if (found.profiles.size() == 1) {
            out << QJsonDocument(found.profiles.first().toJson()).toJson(QJsonDocument::Indented);
        } else {
            QJsonArray array;
            for (const UserProfile &p : found.profiles)
                array.append(p.toJson());
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            err << tr("%n profiles share %1.", nullptr, int(found.profiles.size())).arg(given.first().describe()) << '\n';
        }
        return 0;
    }
    if (found.profiles.size() > 1) {
        err << tr("%n profiles share %1; name one with --external-id or --braze-id (see braze-cli user show).", nullptr,
                  int(found.profiles.size())).arg(given.first().describe()) << '\n';
        return 1;
    }

    const UserProfile before = found.profiles.first();
    const UserAction userAction = action == QLatin1String("set")
        ? UserAction::setAttributes(before.trackIdentifier(), values)
        : UserAction::logEvent(before.trackIdentifier(), parser.value(QStringLiteral("name")), values, QDateTime::currentDateTimeUtc());
    if (!userAction.isReady()) {
        err << userAction.problems() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        out << userAction.previewText() << '\n';
        return 0;
    }

    ActionRunner runner;
    runner.setClient(&client);
    int status = 0;
    QEventLoop loop;
    QObject::connect(&runner, &ActionRunner::actionSent, &loop, [&](const Braze::ApiResult &result) {
        for (const QString &line : ActionRunner::nonFatalErrors(result))
            err << tr("Braze reported: %1").arg(line) << '\n';
    });
    QObject::connect(&runner, &ActionRunner::refetching, &loop, [&](int attempt) {
        if (attempt > 1)
            err << tr("Braze has not shown the change yet; reading again (attempt %1)").arg(attempt) << '\n';
        err.flush();
    });
    const auto fail = [&](const Braze::ApiError &error) {
        err << error.fullText() << '\n';
        status = 1;
        loop.quit();
    };
    QObject::connect(&runner, &ActionRunner::actionFailed, &loop, fail);
    QObject::connect(&runner, &ActionRunner::refetchFailed, &loop, fail);
    QObject::connect(&runner, &ActionRunner::profileGone, &loop, [&] {
        err << tr("The profile can no longer be found.") << '\n';
        status = 1;
        loop.quit();
    });
    QObject::connect(&runner, &ActionRunner::profileRefreshed, &loop, [&](const UserProfile &after, const ProfileDiff &diff) {
        QJsonArray changes;
        for (const ProfileChange &change : diff.changes())
            changes.append(changeJson(change));
        out << QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes}, {QStringLiteral("profile"), after.toJson()}})
                   .toJson(QJsonDocument::Indented);
        if (diff.isEmpty())
            err << tr("The profile shows no change yet; Braze may still be processing the request.") << '\n';
        loop.quit();
    });
    runner.run(userAction, before);
    loop.exec();
    return status;
}
