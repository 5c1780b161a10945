#include "integrations/typedanswer.h"

#include "integrations/placeholders.h"

#include "braze/validation/isotime.h"

#include <QJsonArray>

namespace Integrations {

QJsonValue TypedAnswer::typed(const QJsonValue &answer, const QString &type, QString *problem)
{
    const QString text = Placeholders::toText(answer).trimmed();
    if (type == QLatin1String("number")) {
        bool ok = answer.isDouble();
        const double d = ok ? answer.toDouble() : text.toDouble(&ok);
        if (!ok)
            *problem = tr("\"%1\" is not a number.").arg(text);
        return d;
    }
    if (type == QLatin1String("boolean")) {
        if (answer.isBool())
            return answer;
        const QString t = text.toLower();
        if (QStringList{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1")}.contains(t))
            return true;
        if (QStringList{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0")}.contains(t))
            return false;
        *problem = tr("\"%1\" is not true or false.").arg(text);
        return false;
    }
    if (type == QLatin1String("time")) {
        *problem = Braze::Validation::isoTimeProblem(text);
        return text;
    }
    if (type == QLatin1String("array")) {
        if (answer.isArray())
            return answer;
        QJsonArray items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.append(item.trimmed());
        return items;
    }
    if (text.size() > 255)
        *problem = tr("The answer is longer than the 255 characters Braze keeps in a text attribute.");
    return text;
}

} // namespace Integrations
