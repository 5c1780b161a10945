#include "cli/callcommand.h"

#include "cli/brazeendpointoption.h"
#include "braze/brazeclient.h"
#include "braze/endpoints.h"
#include "files/boundedfilereader.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

using namespace Braze;

namespace {

bool readBody(const QString &source, QByteArray *body, QTextStream &err)
{
    BoundedFileReader::Result read = BoundedFileReader::read(source, BoundedFileReader::MaxInputFileBytes);
    if (!read.problem.isEmpty()) {
        err << read.problem << '\n';
        return false;
    }
    *body = std::move(read.data);
    return true;
}

// Checked on the decoded path, as the server will see it: "/../_sandbox/reset" or "/%2e%2e/"
// would climb out of the API and reach the sandbox's control API.
QString pathProblem(const QString &path, const QUrl &endpoint)
{
    const QString decoded = QUrl(path).path(QUrl::FullyDecoded);
    if (!decoded.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("CallCommand", "The path must start with “/”, e.g. /segments/list.");
    const QStringList segments = decoded.split(QLatin1Char('/'));
    if (segments.contains(QStringLiteral("..")) || segments.contains(QStringLiteral(".")))
        return QCoreApplication::translate("CallCommand", "The path “%1” contains “.” or “..” segments; give the API path itself, e.g. /segments/list.").arg(path);
    const bool thisComputer = endpoint.host() == QLatin1String("localhost") || QHostAddress(endpoint.host()).isLoopback();
    if (!thisComputer && (decoded == QLatin1String("/_sandbox") || decoded.startsWith(QLatin1String("/_sandbox/"))))
        return QCoreApplication::translate("CallCommand", "/_sandbox paths belong to the console's sandbox; %1 is not a sandbox.").arg(endpoint.host());
    return {};
}

// The registry's documented example: 0 when printed, 1 when Braze documents none, 2 when the
// endpoint is not one the console knows.
int printExample(const QByteArray &method, const QString &path, QTextStream &out, QTextStream &err)
{
    const EndpointInfo &info = endpointFor(method, path);
    if (info.id == Endpoint::Raw) {
        err << CallCommand::tr("%1 %2 is not a documented endpoint; braze-cli endpoints lists them.").arg(QString::fromLatin1(method), path) << '\n';
        return 2;
    }
    if (!info.exampleBody.isEmpty()) {
        out << QJsonDocument::fromJson(info.exampleBody).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (!info.exampleQuery.isEmpty()) {
        out << info.path << '?' << info.exampleQuery << '\n';
        return 0;
    }
    err << CallCommand::tr("Braze documents no example for %1 %2.").arg(QString::fromLatin1(info.method), info.path) << '\n';
    return 1;
}

} // namespace

QString CallCommand::summary() const
{
    return CallCommand::tr("Send one raw API call through the console's network layer");
}

int CallCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CallCommand::tr("Sends METHOD PATH (e.g. POST /users/track) to the endpoint with the key in BRAZE_API_KEY, "
                                        "validated and paced like the console's own calls. Prints the status, the rate-limit "
                                        "headers and the answer."));
    parser.addHelpOption();
    BrazeEndpointOption::add(parser);
    parser.addOption({QStringLiteral("json"), CallCommand::tr("JSON body from FILE, or - for standard input."), CallCommand::tr("FILE")});
    parser.addOption({QStringLiteral("example"), CallCommand::tr("Print Braze's documented example for METHOD PATH and send nothing: the JSON body, "
                                                                 "or for a GET the path with its example query. Edit it and send it with --json "
                                                                 "(braze-cli endpoints marks the endpoints that have one).")});
    parser.addPositionalArgument(QStringLiteral("METHOD"), CallCommand::tr("GET, POST, PUT, PATCH or DELETE"));
    parser.addPositionalArgument(QStringLiteral("PATH"), CallCommand::tr("Path with optional query, e.g. /segments/list?page=0"));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << CallCommand::tr("Give a method and a path, e.g. braze-cli call GET /segments/list") << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("example")))
        return printExample(positional.at(0).toUpper().toLatin1(), positional.at(1), out, err);
    const auto target = BrazeEndpointOption::resolve(parser, err);
    if (!target)
        return 2;
    if (const QString problem = pathProblem(positional.at(1), target->config.baseUrl); !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    QByteArray body;
    if (parser.isSet(QStringLiteral("json")) && !readBody(parser.value(QStringLiteral("json")), &body, err))
        return 2;

    BrazeClient client(target->config);
    RequestHandle *handle = client.rawCall(positional.at(0).toLatin1(), positional.at(1), body);
    QObject::connect(handle, &RequestHandle::waitingForRateLimit, handle, [&err](int seconds) {
        err << CallCommand::tr("waiting for the rate limit: %1 s").arg(seconds) << '\n';
        err.flush();
    });
    QObject::connect(handle, &RequestHandle::retryScheduled, handle, [&err](int attempt, int delayMs) {
        err << CallCommand::tr("retrying (attempt %1) in %2 ms").arg(attempt).arg(delayMs) << '\n';
        err.flush();
    });
    ApiResult result;
    QEventLoop loop;
    QObject::connect(handle, &RequestHandle::finished, &loop, [&](const ApiResult &finished) {
        result = finished;
        loop.quit();
    });
    loop.exec();

    if (result.error.kind == ApiError::Kind::Validation) {
        err << result.error.fullText() << '\n';
        return 2;
    }
    out << (result.httpStatus > 0 ? CallCommand::tr("HTTP %1").arg(result.httpStatus) : CallCommand::tr("no answer")) << '\n';
    for (const char *name : {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}) {
        const QByteArray value = headerValue(result.headers, name);
        if (!value.isEmpty())
            out << name << ": " << value << '\n';
    }
    if (!result.body.isEmpty()) {
        const QJsonDocument json = QJsonDocument::fromJson(result.body);
        out << '\n' << (json.isNull() ? result.body : json.toJson(QJsonDocument::Indented));
        out << '\n';
    }
    if (result.error.isError()) {
        err << result.error.fullText() << '\n';
        return 1;
    }
    return 0;
}
