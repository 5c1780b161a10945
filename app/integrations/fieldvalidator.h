#pragma once

#include "config/fieldcheck.h"
#include "integrations/partnerdescription.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Integrations {

// One problem in a table field: row and column (-1 for the whole row) and what is wrong.
struct CellIssue
{
    int row = -1;
    QString column;
    QString message;
};

// Checks the configuration fields of a partner as the user types: IDs, event names and
// attribute names by Braze's rules, patterns with their placeholders, table cells (required,
// unique, attribute names), and fills in derived columns (ActionIQ's AIQ_<Audience>_<Split>).
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(FieldValidator)

public:
    static QString idProblem(const QString &id);
    static Config::FieldCheck check(const FieldSpec &field, const QJsonValue &value);
    static QList<CellIssue> tableIssues(const FieldSpec &field, const QJsonArray &rows);
    // The rows with every derived column computed from the other fields in `values`.
    static QJsonArray withDerivedColumns(const FieldSpec &field, const QJsonArray &rows, const QJsonObject &values);
    // Every field's problem as "Label: message", for saving and the command line.
    static QStringList problems(const PartnerDescription &partner, const QJsonObject &values);
};

} // namespace Integrations
