#include "integrations/readiness.h"

#include "integrations/fieldvalidator.h"
#include "integrations/integrationtext.h"
#include "integrations/placeholders.h"

#include <QJsonArray>
#include <QLocale>

namespace Integrations {

using Config::FieldCheck;

namespace {

bool isEmptyValue(const QJsonValue &value)
{
    return value.isArray() ? value.toArray().isEmpty() : Placeholders::toText(value).trimmed().isEmpty();
}

QString when(const QString &isoTime)
{
    const QDateTime time = QDateTime::fromString(isoTime, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

Readiness::Item Readiness::fieldState(const FieldSpec &field, const ReadinessInputs &inputs)
{
    Item item;
    item.fieldId = field.id;
    item.optional = !field.required;
    if (field.isSecret()) {
        item.checkable = false;
        const bool set = inputs.secretsSet.contains(field.id);
        item.state = set ? State::Unverified : State::Missing;
        item.why = set ? tr("Kept in the keychain; only the partner can tell whether it is right.") : tr("Not entered yet.");
        return item;
    }
    const QJsonValue value = inputs.config.value(field.id);
    if (isEmptyValue(value)) {
        item.state = State::Missing;
        item.why = tr("Not set yet.");
        return item;
    }
    if (const FieldCheck format = FieldValidator::check(field, value); format.isWrong()) {
        item.state = State::Missing;
        item.refused = true;
        item.why = format.message;
        return item;
    }
    item.checkable = field.type == QLatin1String("subscription-group");
    const QJsonObject check = inputs.checks.value(field.id).toObject();
    if (item.checkable && check.value(QLatin1String("value")) == value) {
        const bool verified = check.value(QLatin1String("verdict")).toString() == QLatin1String("verified");
        item.state = verified ? State::Verified : State::Missing;
        item.refused = !verified;
        item.why = verified ? tr("Braze confirmed it on %1.").arg(when(check.value(QLatin1String("checkedAt")).toString()))
                            : tr("Braze refused it: %1").arg(check.value(QLatin1String("message")).toString());
        return item;
    }
    item.state = State::Unverified;
    item.why = item.checkable ? tr("Set, not checked in Braze yet: use “Check in Braze” on the Settings tab.")
                              : tr("Set; Braze offers no way to check this value.");
    return item;
}

QList<Readiness::Item> Readiness::evaluate(const PartnerDescription &partner, const ReadinessInputs &inputs)
{
    QList<Item> items;
    for (const Requirement &r : partner.requirements) {
        Item item;
        switch (r.kind) {
        case Requirement::Kind::Account:
            item.text = IntegrationText::text(r.textId);
            item.state = State::Unverified;
            item.why = tr("Your part: the console cannot check it.");
            item.checkable = false;
            item.manual = true;
            break;
        case Requirement::Kind::Endpoint:
            item.text = IntegrationText::text(r.textId);
            if (inputs.endpoint.isEmpty()) {
                item.state = State::Missing;
                item.why = tr("The workspace has no REST endpoint.");
            } else if (inputs.permissionsCheckedAt.isValid()) {
                item.state = State::Verified;
                item.why = inputs.endpointIsLocal ? tr("%1 (the built-in sandbox on this computer, not Braze) answered on %2.")
                                                        .arg(inputs.endpoint, QLocale().toString(inputs.permissionsCheckedAt.toLocalTime(), QLocale::ShortFormat))
                                                  : tr("%1 answered on %2.").arg(inputs.endpoint, QLocale().toString(inputs.permissionsCheckedAt.toLocalTime(), QLocale::ShortFormat));
            } else {
                item.state = State::Unverified;
                item.why = tr("%1 has not been contacted yet.").arg(inputs.endpoint);
            }
            break;
        case Requirement::Kind::Field: {
            const FieldSpec *field = partner.field(r.field);
            if (!field)
                continue;
            item = fieldState(*field, inputs);
            item.text = IntegrationText::text(r.textId);
            item.optional = item.optional || r.optional;
            break;
        }
        case Requirement::Kind::Permission: {
            item.text = tr("API key permission %1").arg(r.permission);
            item.permission = r.permission;
            const Braze::PermissionState state = inputs.permissions.value(r.permission, Braze::PermissionState::Unknown);
            item.state = state == Braze::PermissionState::Granted ? State::Verified
                         : state == Braze::PermissionState::Missing ? State::Missing : State::Unverified;
            item.refused = state == Braze::PermissionState::Missing;
            item.why = state == Braze::PermissionState::Granted ? tr("Braze accepted the key for it.")
                       : state == Braze::PermissionState::Missing ? tr("Braze refused the key for it: add the permission to the key in Braze (Settings › APIs and Identifiers).")
                       : inputs.permissionsUnknownWhy.isEmpty() ? tr("Not checked yet.") : inputs.permissionsUnknownWhy;
            if (!r.noteId.isEmpty())
                item.note = IntegrationText::text(r.noteId);
            break;
        }
        }
        items.append(item);
    }
    return items;
}

Readiness::Overall Readiness::overall(const QList<Item> &items)
{
    bool allVerified = true;
    for (const Item &item : items) {
        if (item.state == State::Missing && (!item.optional || item.refused))
            return Overall::NeedsAttention;
        if (item.counts() && item.state != State::Verified)
            allVerified = false;
    }
    return allVerified ? Overall::Ready : Overall::Unknown;
}

QString Readiness::overallText(const QString &partnerTitle, const QList<Item> &items)
{
    QStringList lines;
    const Overall verdict = overall(items);
    if (verdict == Overall::Ready)
        return tr("%1: ready. Braze confirmed every requirement it can check.").arg(partnerTitle);
    // Each line is one sentence for the translator: the requirement, its state and why.
    for (const Item &item : items) {
        if (verdict == Overall::NeedsAttention && item.state == State::Missing && item.refused)
            lines.append(tr("✘ Refused: %1\n    %2", "a requirement, then on its own line why it was refused").arg(item.text, item.why));
        else if (verdict == Overall::NeedsAttention && item.state == State::Missing && !item.optional)
            lines.append(tr("✘ Missing: %1\n    %2", "a requirement, then on its own line why it counts as missing").arg(item.text, item.why));
        else if (verdict == Overall::Unknown && item.counts() && item.state == State::Unverified)
            lines.append(tr("● Not verified yet: %1\n    %2", "a requirement, then on its own line why it is not verified").arg(item.text, item.why));
    }
    const int count = int(lines.size());
    lines.prepend(verdict == Overall::NeedsAttention
                      ? tr("%1 needs attention: %n requirement(s) missing or refused.", nullptr, count).arg(partnerTitle)
                      : tr("%1 is not verified yet: Braze has not confirmed %n requirement(s).", nullptr, count).arg(partnerTitle));
    return lines.join(QLatin1Char('\n'));
}

QString Readiness::stateName(State state)
{
    switch (state) {
    case State::Verified: return QStringLiteral("verified");
    case State::Unverified: return QStringLiteral("unverified");
    case State::Missing: return QStringLiteral("missing");
    }
    return {};
}

QString Readiness::stateText(const Item &item)
{
    switch (item.state) {
    case State::Verified:
        return tr("✔ verified");
    case State::Unverified:
        if (item.manual)
            return tr("your part");
        if (!item.permission.isEmpty())
            return tr("? not verified");
        return item.checkable ? tr("● set, not verified") : tr("● set");
    case State::Missing:
        if (item.refused)
            return tr("✘ refused");
        return item.optional ? tr("optional, not set") : tr("✘ missing");
    }
    return {};
}

QString Readiness::stateWithWhy(const Item &item)
{
    switch (item.state) {
    case State::Verified:
        return tr("✔ verified — %1", "why: when Braze confirmed it").arg(item.why);
    case State::Unverified:
        if (item.manual)
            return tr("your part — %1", "why the console cannot check it").arg(item.why);
        if (!item.permission.isEmpty())
            return tr("? not verified — %1", "why the permission is not known").arg(item.why);
        return item.checkable ? tr("● set, not verified — %1", "why it is not verified").arg(item.why)
                              : tr("● set — %1", "why it cannot be verified").arg(item.why);
    case State::Missing:
        if (item.refused)
            return tr("✘ refused — %1", "Braze's or the format check's answer").arg(item.why);
        return item.optional ? tr("optional, not set — %1", "why it is not set").arg(item.why)
                             : tr("✘ missing — %1", "why it is missing").arg(item.why);
    }
    return {};
}

} // namespace Integrations
