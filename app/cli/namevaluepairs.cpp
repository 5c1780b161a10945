#include "cli/namevaluepairs.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace NameValuePairs {

bool parse(const QStringList &pairs, QHash<QString, QJsonValue> *out, QString *bad)
{
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *bad = pair;
            return false;
        }
        const QString value = pair.mid(eq + 1);
        QJsonValue json = value;
        if (value.startsWith(QLatin1Char('[')) || value.startsWith(QLatin1Char('{'))) {
            const QJsonDocument doc = QJsonDocument::fromJson(("{\"v\":" + value + "}").toUtf8());
            if (doc.isNull()) {
                *bad = pair;
                return false;
            }
            json = doc.object().value(QLatin1String("v"));
        }
        out->insert(pair.left(eq), json);
    }
    return true;
}

} // namespace NameValuePairs
