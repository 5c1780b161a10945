#include "webhook/rehearsal/receiverscript.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Webhook::ReceiverScript {

bool parse(const QString &text, QJsonArray *answers)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = part.trimmed().toLower();
        bool ok = false;
        const int status = word.toInt(&ok);
        if (ok && status >= 100 && status <= 599)
            answers->append(QJsonObject{{QStringLiteral("status"), status}});
        else if (word == QLatin1String("drop") || word == QLatin1String("hang"))
            answers->append(QJsonObject{{word, true}});
        else if (!word.isEmpty())
            return false;
    }
    return true;
}

QByteArray controlBody(const QJsonArray &answers)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("answers"), answers}}).toJson(QJsonDocument::Compact);
}

} // namespace Webhook::ReceiverScript
