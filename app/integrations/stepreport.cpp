#include "integrations/stepreport.h"

#include <QJsonDocument>

namespace Integrations {

QString StepReport::prettyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return tr("(empty)");
    const QJsonDocument json = QJsonDocument::fromJson(body);
    return json.isNull() ? QString::fromUtf8(body.left(64 * 1024)) : QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

QString StepReport::text(const QString &title, const StepResult &result)
{
    QStringList lines{title, QString(result.summary)};
    if (!result.hint.isEmpty())
        lines << tr("What to do: %1").arg(result.hint);
    if (!result.checks.isEmpty()) {
        lines << QString();
        for (const StepCheck &c : result.checks) {
            lines << tr("%1 %2: expected %3, actual %4").arg(c.passed ? QStringLiteral("✔") : QStringLiteral("✘"), c.name, c.expected, c.actual);
            if (!c.passed && !c.hint.isEmpty())
                lines << QStringLiteral("    ") + c.hint;
        }
    }
    for (const StepExchange &e : result.exchanges) {
        lines << QString()
              << tr("Request #%1 (request log): %2 %3").arg(e.callId).arg(QString::fromLatin1(e.method), e.pathAndQuery);
        if (!e.requestBody.isEmpty())
            lines << prettyBody(e.requestBody);
        lines << tr("Response: HTTP %1 after %2 ms").arg(e.httpStatus).arg(e.durationMs) << prettyBody(e.responseBody);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Integrations
