#include "integrations/handoffsheet.h"

#include "integrations/integrationtext.h"
#include "integrations/placeholders.h"

#include <QJsonArray>

namespace Integrations {

HandoffSheet::HandoffSheet(const PartnerDescription &partner, const QJsonObject &config, const QString &endpoint, const QString &apiKey,
                           bool endpointIsLocal, const QList<Readiness::Item> &states)
    : m_partner(partner)
    , m_config(config)
    , m_endpoint(endpoint)
    , m_apiKey(apiKey)
    , m_endpointIsLocal(endpointIsLocal)
    , m_states(states)
{
}

QString HandoffSheet::valueOf(const HandoffItem &item, bool revealSecrets) const
{
    if (item.isText)
        return IntegrationText::text(item.value);
    if (item.secret && !revealSecrets)
        return tr("(left out: send it separately, e.g. through your password manager)");
    if (item.secret && m_apiKey.isEmpty())
        return tr("(no key saved for this workspace)");
    const QJsonObject scope{{QStringLiteral("config"), m_config}, {QStringLiteral("endpoint"), m_endpoint}, {QStringLiteral("api_key"), m_apiKey}};
    const QJsonValue value = Placeholders::resolve(QJsonValue(item.value), scope);
    if (!value.isArray())
        return Placeholders::toText(value);
    // A table: one line per row, its cells in column order.
    const QString fieldId = item.value.mid(9).chopped(1); // ${config.ID}
    const FieldSpec *field = m_partner.field(fieldId);
    QStringList lines;
    for (const QJsonValue &row : value.toArray()) {
        QStringList cells;
        for (const ColumnSpec &column : field ? field->columns : QList<ColumnSpec>()) {
            const QString cell = Placeholders::toText(row.toObject().value(column.id));
            if (!cell.isEmpty())
                cells.append(cell);
        }
        lines.append(cells.join(QStringLiteral(" · ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<HandoffSheet::Row> HandoffSheet::rows(bool revealSecrets) const
{
    QList<Row> result;
    for (const HandoffItem &item : m_partner.handoff) {
        if (!item.isText && m_endpointIsLocal && item.value.contains(QLatin1String("${endpoint}"))) {
            // The sandbox's address is this computer's: handing it out as Braze's would strand the partner.
            result.append({IntegrationText::text(item.labelId), tr("(none: %1 is the built-in sandbox on this computer, not Braze)").arg(m_endpoint), false, true});
            continue;
        }
        const QString value = valueOf(item, revealSecrets);
        const QString fieldId = item.value.startsWith(QLatin1String("${config.")) ? item.value.mid(9).chopped(1) : QString();
        result.append({IntegrationText::text(item.labelId), value.isEmpty() ? tr("(not set yet)") : withState(value, fieldId), item.secret, value.isEmpty()});
    }
    return result;
}

QString HandoffSheet::withState(const QString &value, const QString &fieldId) const
{
    for (const Readiness::Item &state : m_states) {
        if (fieldId.isEmpty() || state.fieldId != fieldId)
            continue;
        if (state.state == Readiness::State::Missing && state.refused)
            return tr("%1 — do not hand this value on yet. %2").arg(value, state.why);
        if (state.state == Readiness::State::Unverified && state.checkable)
            return tr("%1 — not checked in Braze yet.").arg(value);
    }
    return value;
}

QString HandoffSheet::text(bool revealSecrets) const
{
    QStringList lines{tr("Braze settings for %1").arg(IntegrationText::text(m_partner.titleId)), QString()};
    for (const Row &row : rows(revealSecrets)) {
        if (row.value.contains(QLatin1Char('\n')))
            lines.append(tr("%1:", "a label above the lines of its value").arg(row.label) + QStringLiteral("\n  ")
                         + QString(row.value).replace(QLatin1Char('\n'), QStringLiteral("\n  ")));
        else
            lines.append(tr("%1: %2", "a label and its value").arg(row.label, row.value));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Integrations
