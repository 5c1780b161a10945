#include "webhook/secretreference.h"

#include <QRegularExpression>

namespace Webhook::SecretReference {

namespace {

const QRegularExpression &pattern()
{
    static const QRegularExpression re(QStringLiteral("\\[\\[secret:([A-Za-z0-9_.\\-/]+)\\]\\]"));
    return re;
}

} // namespace

QString placeholder(const QString &name)
{
    return QStringLiteral("[[secret:%1]]").arg(name);
}

QStringList namesIn(const QString &text)
{
    QStringList names;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString replace(const QString &text, const std::function<QString(const QString &)> &replacement)
{
    QString result;
    qsizetype last = 0;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += replacement(match.captured(1));
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

bool isValidName(const QString &name)
{
    return pattern().match(placeholder(name)).capturedLength() == placeholder(name).size();
}

QString keychainName(const QString &workspaceId, const QString &name)
{
    return QStringLiteral("partner/%1/%2").arg(workspaceId, name);
}

QString environmentVariable(const QString &name)
{
    QString variable = QStringLiteral("BRAZE_SECRET_");
    for (const QChar c : name)
        variable += c.isLetterOrNumber() ? c.toUpper() : QLatin1Char('_');
    return variable;
}

QString mask()
{
    return QStringLiteral("••••••••");
}

} // namespace Webhook::SecretReference
