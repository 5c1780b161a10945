#include "webhook/placeholderscan.h"

namespace Webhook::PlaceholderScan {

QStringList namesIn(const QRegularExpression &pattern, const QString &text)
{
    QStringList names;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString replace(const QRegularExpression &pattern, const QString &text, const std::function<QString(const QString &)> &replacement)
{
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += replacement(match.captured(1));
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace Webhook::PlaceholderScan
