#include "webhook/secretreference.h"

#include "webhook/placeholderscan.h"

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
    return PlaceholderScan::namesIn(pattern(), text);
}

QString replace(const QString &text, const std::function<QString(const QString &)> &replacement)
{
    return PlaceholderScan::replace(pattern(), text, replacement);
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
