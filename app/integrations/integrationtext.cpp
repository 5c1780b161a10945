#include "integrations/integrationtext.h"

#include <QHash>

namespace Integrations {

namespace {

const QHash<QString, const char *> &catalogue()
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> t;
        for (const auto &list : {commonTexts(), quiklyTexts(), smarterSendsTexts(), actionIqTexts(), outgrowTexts()}) {
            for (const TextEntry &e : list)
                t.insert(QString::fromLatin1(e.id), e.source);
        }
        return t;
    }();
    return table;
}

} // namespace

QString IntegrationText::text(const QString &id)
{
    const char *source = catalogue().value(id);
    return source ? QCoreApplication::translate("Integrations", source) : id;
}

bool IntegrationText::has(const QString &id)
{
    return catalogue().contains(id);
}

QStringList IntegrationText::ids()
{
    return catalogue().keys();
}

QList<TextEntry> commonTexts()
{
    return {
        {"common.req.endpoint", QT_TRANSLATE_NOOP("Integrations", "Braze REST endpoint: the URL of your instance's REST API (the workspace's endpoint).")},
        {"common.handoff.endpoint", QT_TRANSLATE_NOOP("Integrations", "Braze REST endpoint")},
        {"common.handoff.key", QT_TRANSLATE_NOOP("Integrations", "Braze REST API key")},
        {"common.param.email", QT_TRANSLATE_NOOP("Integrations", "E-mail address")},
        {"common.param.phone", QT_TRANSLATE_NOOP("Integrations", "Mobile number (E.164)")},
    };
}

} // namespace Integrations
