// Step types of a response-to-attribute mapping (Outgrow): apply-mapping turns answers into
// typed custom attributes, compare-attributes checks them against an exported profile.
#include "integrations/integrationtext.h"
#include "integrations/steps/localstep.h"
#include "integrations/placeholders.h"
#include "integrations/stepargs.h"
#include "integrations/stepregistry.h"
#include "integrations/typedanswer.h"

#include "braze/validation/attributename.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Integrations {

class MappingSteps
{
    Q_DECLARE_TR_FUNCTIONS(MappingSteps)

public:
    static StepResult applyMapping(const StepContext &context)
    {
        const QJsonObject response = context.args.value(QLatin1String("response")).toObject();
        QJsonObject attributes, types;
        StepResult r = StepResult::passed(QStringLiteral("ok"), {});
        for (const QJsonValue &rowValue : context.args.value(QLatin1String("mapping")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            const QString field = StepArgs::text(row, QStringLiteral("response_field"));
            const QString attribute = StepArgs::text(row, QStringLiteral("attribute"));
            const QString type = StepArgs::text(row, QStringLiteral("type"));
            const QJsonValue answer = response.isEmpty() ? row.value(QLatin1String("sample")) : response.value(field);
            QString problem = Braze::Validation::attributeNameProblem(attribute);
            if (attributes.contains(attribute))
                problem = tr("%1 is mapped twice.").arg(attribute);
            if (Placeholders::isEmpty(answer))
                continue;  // not answered: Outgrow sends nothing for it
            const QJsonValue value = problem.isEmpty() ? TypedAnswer::typed(answer, type.isEmpty() ? QStringLiteral("string") : type, &problem) : QJsonValue();
            r.checks.append({field + QStringLiteral(" → ") + attribute, type, Placeholders::toText(value), problem.isEmpty(), problem});
            if (!problem.isEmpty()) {
                r.status = StepResult::Status::Failed;
                r.summary = tr("%1: %2").arg(field, problem);
                continue;
            }
            attributes.insert(attribute, value);
            types.insert(attribute, type);
        }
        if (r.status == StepResult::Status::Passed && attributes.isEmpty())
            return StepResult::failed(tr("No mapped answer to send."), tr("Add rows to the mapping, with sample answers or a sample response."));
        if (r.status == StepResult::Status::Passed)
            r.summary = tr("%n attribute(s) to send.", nullptr, int(attributes.size()));
        r.outputs = {{QStringLiteral("attributes"), attributes}, {QStringLiteral("types"), types}};
        return r;
    }

    static bool sameValue(const QJsonValue &expected, const QJsonValue &actual, const QString &type)
    {
        if (type == QLatin1String("number"))
            return actual.isDouble() && qFuzzyCompare(1.0 + expected.toDouble(), 1.0 + actual.toDouble());
        if (type == QLatin1String("time")) {
            const auto parse = [](const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); };
            return parse(expected).isValid() && parse(expected) == parse(actual);
        }
        return expected == actual;
    }

    static StepResult compare(const StepContext &context)
    {
        const QJsonObject expected = context.args.value(QLatin1String("expected")).toObject();
        const QJsonObject actual = context.args.value(QLatin1String("actual")).toObject();
        const QJsonObject types = context.args.value(QLatin1String("types")).toObject();
        const QString missingHint = IntegrationText::text(StepArgs::text(context.args, QStringLiteral("missing_hint")));
        const QString differentHint = IntegrationText::text(StepArgs::text(context.args, QStringLiteral("different_hint")));
        StepResult r = StepResult::passed(QStringLiteral("match"), tr("All %n attribute(s) arrived as expected.", nullptr, int(expected.size())));
        int failures = 0;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const bool present = actual.contains(it.key());
            const bool same = present && sameValue(it.value(), actual.value(it.key()), types.value(it.key()).toString());
            r.checks.append({it.key(), Placeholders::toText(it.value()), present ? Placeholders::toText(actual.value(it.key())) : tr("(not set)"),
                             same, same ? QString() : (present ? differentHint : missingHint)});
            failures += !same;
        }
        if (failures > 0) {
            r.status = StepResult::Status::Failed;
            r.outcome = QStringLiteral("mismatch");
            r.summary = tr("%n attribute(s) differ from what was sent.", nullptr, failures);
            for (const StepCheck &c : r.checks) {
                if (!c.passed) {
                    r.hint = c.hint;
                    break;
                }
            }
        }
        return r;
    }
};

void registerMappingSteps(StepRegistry &registry)
{
    registry.add(QStringLiteral("apply-mapping"), [](QObject *parent) { return new LocalStep(&MappingSteps::applyMapping, parent); });
    registry.add(QStringLiteral("compare-attributes"), [](QObject *parent) { return new LocalStep(&MappingSteps::compare, parent); });
}

} // namespace Integrations
