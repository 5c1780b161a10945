#include "cli/endpointscommand.h"

#include <QCommandLineParser>
#include <QLocale>

using namespace Braze;

namespace {

// How many endpoints count against a bucket: a shared bucket is named, an endpoint's own is not.
int bucketUsers(const QString &bucket)
{
    const QList<EndpointInfo> &all = allEndpoints();
    return int(std::count_if(all.cbegin(), all.cend(), [&bucket](const EndpointInfo &e) { return e.rateLimit.bucket == bucket; }));
}

} // namespace

QString EndpointsCommand::summary() const
{
    return tr("List every documented endpoint with its permission and rate limit");
}

QString EndpointsCommand::rateLimitText(const EndpointInfo &info)
{
    const DocumentedRateLimit &limit = info.rateLimit;
    if (limit.requests <= 0)
        return tr("none");
    const QLocale locale;
    QString text;
    if (limit.windowSeconds == 3600)
        text = tr("%1 per hour").arg(locale.toString(limit.requests));
    else if (limit.windowSeconds == 60)
        text = tr("%1 per minute").arg(locale.toString(limit.requests));
    else if (limit.windowSeconds == 86400)
        text = tr("%1 per day").arg(locale.toString(limit.requests));
    else
        text = tr("%1 per %2 seconds").arg(locale.toString(limit.requests), locale.toString(limit.windowSeconds));
    if (limit.bucket == QLatin1String("default"))
        return tr("%1, shared by every endpoint without a limit of its own").arg(text);
    const int sharing = bucketUsers(limit.bucket);
    // Only a bucket of several endpoints is named: sharing means counting against each other.
    return sharing > 1 ? tr("%1, shared by %2 endpoints (%3)").arg(text, locale.toString(sharing), limit.bucket) : text;
}

int EndpointsCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists every Braze REST endpoint the console knows (method and path), the API key permission it needs, "
                                        "its documented rate limit and whether Braze documents an example, which "
                                        "“braze-cli call METHOD PATH --example” prints."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("markdown"), tr("Print a Markdown table (the one in README's sandbox section).")});
    parser.process(arguments);
    const bool markdown = parser.isSet(QStringLiteral("markdown"));

    QStringList rows;
    int widest = 0;
    for (const EndpointInfo &info : allEndpoints()) {
        if (info.id != Endpoint::Raw)
            widest = qMax(widest, int(info.method.size() + 1 + info.path.size()));
    }
    if (markdown) {
        out << "| " << tr("Endpoint") << " | " << tr("Permission") << " | " << tr("Rate limit") << " | " << tr("Example") << " |\n"
            << "|---|---|---|---|\n";
    }
    for (const EndpointInfo &info : allEndpoints()) {
        if (info.id == Endpoint::Raw)
            continue;
        const QString endpoint = QString::fromLatin1(info.method) + QLatin1Char(' ') + info.path;
        const bool hasExample = !info.exampleBody.isEmpty() || !info.exampleQuery.isEmpty();
        const QString example = hasExample ? tr("yes") : tr("no");
        if (markdown)
            out << "| `" << endpoint << "` | `" << info.permission << "` | " << rateLimitText(info) << " | " << example << " |\n";
        else
            out << endpoint.leftJustified(widest + 2) << info.permission.leftJustified(36) << rateLimitText(info)
                << (hasExample ? QStringLiteral(" [%1]").arg(tr("example")) : QString()) << '\n';
    }
    return 0;
}
