#include "callcommand.h"

#include "brazeendpointoption.h"
#include "braze/brazeclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

using namespace Braze;

namespace {


bool readBody(const QString &source, QByteArray *body, QTextStream &err)
{
    QFile file;
    const bool fromStdin = source == QLatin1String("-");
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), !file.open(QIODevice::ReadOnly))) {
        err << CallCommand::tr("Could not read the JSON body from “%1”: %2.").arg(source, file.errorString()) << '\n';
        return false;
    }
    *body = file.readAll();
    return true;
}

} // namespace

QString CallCommand::summary() const
{
    return tr("Send one raw API call through the console's network layer");
}

int CallCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sends METHOD PATH (e.g. POST /users/track) to the endpoint with the key in BRAZE_API_KEY, "
                                        "validated and paced like the console's own calls. Prints the status, the rate-limit "
                                        "headers and the answer."));
    parser.addHelpOption();
    BrazeEndpointOption::add(parser);
    parser.addOption({QStringLiteral("json"), tr("JSON body from FILE, or - for standard input."), tr("FILE")});
    parser.addPositionalArgument(QStringLiteral("METHOD"), tr("GET, POST, PUT, PATCH or DELETE"));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Path with optional query, e.g. /segments/list?page=0"));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << tr("Give a method and a path, e.g. braze-cli call GET /segments/list --endpoint URL") << '\n';
        return 2;
    }
    ClientConfig config;
    if (!BrazeEndpointOption::read(parser, &config, err))
        return 2;
    QByteArray body;
    if (parser.isSet(QStringLiteral("json")) && !readBody(parser.value(QStringLiteral("json")), &body, err))
        return 2;

    BrazeClient client(config);
    RequestHandle *handle = client.rawCall(positional.at(0).toLatin1(), positional.at(1), body);
    QObject::connect(handle, &RequestHandle::waitingForRateLimit, handle, [&err](int seconds) {
        err << tr("waiting for the rate limit: %1 s").arg(seconds) << '\n';
        err.flush();
    });
    QObject::connect(handle, &RequestHandle::retryScheduled, handle, [&err](int attempt, int delayMs) {
        err << tr("retrying (attempt %1) in %2 ms").arg(attempt).arg(delayMs) << '\n';
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
    out << (result.httpStatus > 0 ? tr("HTTP %1").arg(result.httpStatus) : tr("no answer")) << '\n';
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
