#include "integrations/fieldvalidator.h"

#include "integrations/integrationtext.h"
#include "integrations/placeholders.h"
#include "integrations/typedanswer.h"

#include "braze/validation/attributename.h"

#include <QRegularExpression>
#include <QSet>

namespace Integrations {

using Config::FieldCheck;

// Braze IDs (groups, campaigns, Canvases, variations, apps, segments) are UUIDs or similar tokens.
QString FieldValidator::idProblem(const QString &id)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:-]*$"));
    if (!token.match(id).hasMatch())
        return tr("An ID has only letters, digits, dashes and underscores; check that it was copied completely.");
    return {};
}

namespace {

// Braze's subscription group IDs are UUIDs (Audience › Subscriptions shows them).
QString subscriptionGroupProblem(const QString &id)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!uuid.match(id).hasMatch())
        return FieldValidator::tr("A subscription group ID looks like 5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01: copy it from Audience › Subscriptions in Braze.");
    return {};
}

QString cellProblem(const ColumnSpec &column, const QString &value, const QJsonObject &row)
{
    if (value.trimmed().isEmpty())
        return column.required ? FieldValidator::tr("Required.") : QString();
    if (column.check == QLatin1String("attribute-name"))
        return Braze::Validation::attributeNameProblem(value);
    if (column.check == QLatin1String("sample-of-type")) {
        // Typed in the row's "type" column: checked as the workflow will convert it.
        QString problem;
        TypedAnswer::typed(QJsonValue(value), Placeholders::toText(row.value(QLatin1String("type"))), &problem);
        return problem;
    }
    if (column.type == QLatin1String("id"))
        return FieldValidator::idProblem(value.trimmed());
    if (column.type == QLatin1String("choice") && !column.choices.contains(value))
        return FieldValidator::tr("Choose one of: %1.").arg(column.choices.join(QStringLiteral(", ")));
    return {};
}

} // namespace

FieldCheck FieldValidator::check(const FieldSpec &field, const QJsonValue &value)
{
    if (field.isTable()) {
        const QList<CellIssue> issues = tableIssues(field, value.toArray());
        if (!issues.isEmpty())
            return FieldCheck::wrong(tr("Row %1: %2").arg(issues.first().row + 1).arg(issues.first().message));
        if (field.required && value.toArray().isEmpty())
            return FieldCheck::wrong(tr("Add at least one row."));
        return FieldCheck::fine();
    }
    const QString text = Placeholders::toText(value);
    if (text.trimmed().isEmpty())
        return field.required ? FieldCheck::wrong(tr("Required.")) : FieldCheck::fine();
    QString problem;
    if (field.type == QLatin1String("id"))
        problem = FieldValidator::idProblem(text.trimmed());
    else if (field.type == QLatin1String("subscription-group"))
        problem = subscriptionGroupProblem(text.trimmed());
    else if (field.type == QLatin1String("event-name"))
        problem = Braze::Validation::eventNameProblem(text);
    else if (field.type == QLatin1String("choice") && !field.choices.contains(text))
        problem = tr("Choose one of: %1.").arg(field.choices.join(QStringLiteral(", ")));
    else if (field.type == QLatin1String("pattern")) {
        for (const QString &placeholder : field.placeholders) {
            if (!text.contains(placeholder))
                problem = tr("The pattern must contain %1.").arg(placeholder);
        }
        QString sample = text;
        for (const QString &placeholder : field.placeholders)
            sample.replace(placeholder, QStringLiteral("1"));
        if (problem.isEmpty())
            problem = Braze::Validation::attributeNameProblem(sample);
    }
    return problem.isEmpty() ? FieldCheck::fine() : FieldCheck::wrong(problem);
}

QList<CellIssue> FieldValidator::tableIssues(const FieldSpec &field, const QJsonArray &rows)
{
    QList<CellIssue> issues;
    for (const ColumnSpec &column : field.columns) {
        QHash<QString, int> firstRow;
        for (int row = 0; row < rows.size(); ++row) {
            const QString value = Placeholders::toText(rows.at(row).toObject().value(column.id));
            const QString problem = cellProblem(column, value, rows.at(row).toObject());
            if (!problem.isEmpty()) {
                issues.append({row, column.id, problem});
                continue;
            }
            if (column.unique && !value.trimmed().isEmpty()) {
                if (firstRow.contains(value.trimmed()))
                    issues.append({row, column.id, tr("%1 appears twice (rows %2 and %3).").arg(value.trimmed()).arg(firstRow.value(value.trimmed()) + 1).arg(row + 1)});
                else
                    firstRow.insert(value.trimmed(), row);
            }
        }
    }
    return issues;
}

QJsonArray FieldValidator::withDerivedColumns(const FieldSpec &field, const QJsonArray &rows, const QJsonObject &values)
{
    QJsonArray result;
    for (const QJsonValue &rowValue : rows) {
        QJsonObject row = rowValue.toObject();
        for (const ColumnSpec &column : field.columns) {
            if (column.type != QLatin1String("derived"))
                continue;
            QString name = values.value(column.patternField).toString();
            bool complete = !name.isEmpty();
            for (int i = 0; i < column.from.size(); ++i) {
                const QString part = Placeholders::toText(row.value(column.from.at(i))).trimmed();
                complete = complete && !part.isEmpty();
                // The pattern's placeholders appear in the order of the source columns.
                static const QRegularExpression placeholder(QStringLiteral("<[^>]+>"));
                const auto match = placeholder.match(name);
                if (match.hasMatch())
                    name.replace(match.capturedStart(), match.capturedLength(), part);
            }
            row.insert(column.id, complete ? name : QString());
        }
        result.append(row);
    }
    return result;
}

QStringList FieldValidator::problems(const PartnerDescription &partner, const QJsonObject &values)
{
    QStringList result;
    for (const FieldSpec &field : partner.fields) {
        if (field.isSecret())
            continue;
        const FieldCheck verdict = check(field, values.value(field.id));
        if (verdict.isWrong())
            result.append(tr("%1: %2").arg(IntegrationText::text(field.labelId), verdict.message));
    }
    return result;
}

} // namespace Integrations
