#include "integrations/partnerdescription.h"

namespace Integrations {

QStringList PartnerDescription::permissions() const
{
    QStringList result;
    // The key's must-haves: an optional permission (ActionIQ's Canvas trigger) is listed on the
    // Requirements tab but not demanded of every key.
    for (const Requirement &r : requirements) {
        if (r.kind == Requirement::Kind::Permission && !r.optional)
            result.append(r.permission);
    }
    return result;
}

const FieldSpec *PartnerDescription::field(const QString &fieldId) const
{
    for (const FieldSpec &f : fields) {
        if (f.id == fieldId)
            return &f;
    }
    return nullptr;
}

const WorkflowSpec *PartnerDescription::workflow(const QString &workflowId) const
{
    for (const WorkflowSpec &w : workflows) {
        if (w.id == workflowId)
            return &w;
    }
    return nullptr;
}

QString PartnerDescription::brazePageUrl(const QString &language) const
{
    if (brazePage.isEmpty())
        return {};
    // Braze publishes its documentation in German and French under /docs/de/ and /docs/fr/.
    const bool translated = language == QLatin1String("de") || language == QLatin1String("fr");
    return QStringLiteral("https://www.braze.com/docs") + (translated ? QLatin1Char('/') + language : QString()) + brazePage;
}

} // namespace Integrations
