#include "help/pagesections.h"

#include <QHash>

namespace Help {

QString PageSections::anchorFor(const QString &pageId, bool partnerPage)
{
    if (partnerPage)
        return QStringLiteral("partner-integrations");
    static const QHash<QString, QString> sections{
        {QStringLiteral("workspaces"), QStringLiteral("workspaces")},
        {QStringLiteral("webhooks"), QStringLiteral("webhook-templates")},
        {QStringLiteral("users"), QStringLiteral("test-users")},
        {QStringLiteral("requestlog"), QStringLiteral("requests-rate-limits-errors-and-the-request-log")},
        {QStringLiteral("composer"), QStringLiteral("request-composer")},
    };
    return sections.value(pageId, guideStart());
}

QString PageSections::guideStart()
{
    return QStringLiteral("user-guide");
}

} // namespace Help
