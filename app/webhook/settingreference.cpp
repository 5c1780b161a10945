#include "webhook/settingreference.h"

#include "webhook/placeholderscan.h"

namespace Webhook::SettingReference {

namespace {

const QRegularExpression &pattern()
{
    static const QRegularExpression re(QStringLiteral("\\[\\[setting:([A-Za-z0-9_.\\-]+/[A-Za-z0-9_.\\-]+)\\]\\]"));
    return re;
}

} // namespace

QString placeholder(const QString &name)
{
    return QStringLiteral("[[setting:%1]]").arg(name);
}

QString partnerOf(const QString &name)
{
    return name.section(QLatin1Char('/'), 0, 0);
}

QString fieldOf(const QString &name)
{
    return name.section(QLatin1Char('/'), 1);
}

QStringList namesIn(const QString &text)
{
    return PlaceholderScan::namesIn(pattern(), text);
}

QStringList namesIn(const WebhookTemplate &webhook)
{
    QString all = webhook.url + webhook.rawBody;
    for (const KeyValueRow &row : webhook.headers + webhook.pairs)
        all += row.value;
    return namesIn(all);
}

WebhookTemplate resolved(const WebhookTemplate &webhook, const Values &values)
{
    const auto resolve = [&values](const QString &text) {
        return PlaceholderScan::replace(pattern(), text, [&values](const QString &name) {
            return values.value(name, placeholder(name));
        });
    };
    WebhookTemplate copy = webhook;
    copy.url = resolve(copy.url);
    copy.rawBody = resolve(copy.rawBody);
    for (QList<KeyValueRow> *rows : {&copy.headers, &copy.pairs}) {
        for (KeyValueRow &row : *rows)
            row.value = resolve(row.value);
    }
    return copy;
}

} // namespace Webhook::SettingReference
