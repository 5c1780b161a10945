#include "cli/webhookaudience.h"

#include "webhook/audience/audiencereport.h"
#include "webhook/audience/audiencerenderer.h"
#include "webhook/audience/userlinesreader.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Webhook;

int runAudienceSummary(const WebhookTemplate &webhook, const QString &usersPath, bool json, QTextStream &out,
                       QTextStream &err)
{
    UserLinesReader reader(usersPath);
    if (!reader.open()) {
        err << reader.errorString() << '\n';
        return 2;
    }
    AudienceRenderer renderer(webhook);
    const std::atomic_bool notCancelled = false;
    const AudienceSummary summary = renderer.run(reader, notCancelled);
    if (!reader.errorString().isEmpty())
        err << reader.errorString() << '\n';
    if (json)
        out << QJsonDocument(AudienceReport::toJson(summary)).toJson(QJsonDocument::Indented);
    else
        out << AudienceReport::toText(summary);
    return summary.broken() > 0 || summary.unreadable() > 0 || !reader.errorString().isEmpty() ? 1 : 0;
}
