#pragma once

#include "integrations/partnerdescription.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace Integrations {

struct ParamIssue
{
    QString name;
    QString message;
};

// A workflow's parameters as typed by the user (or given with --param): defaults filled in,
// each value checked for its type (e-mail, E.164 phone, seconds, ISO 8601, JSON, attribute and
// event names with Braze's rules) and converted for the run's scope.
class ParamResolver
{
    Q_DECLARE_TR_FUNCTIONS(ParamResolver)

public:
    // The value a field starts with: the sandbox default for sandbox runs, else the default,
    // with ${config...} and ${now} filled in.
    static QString defaultValue(const ParamSpec &param, const QJsonObject &config, bool sandbox);
    // Empty when the value is acceptable, else what is wrong.
    static QString problem(const ParamSpec &param, const QString &value);
    // The "param" object of the run's scope; issues lists every unacceptable value.
    static QJsonObject resolve(const WorkflowSpec &workflow, const QHash<QString, QString> &given, const QJsonObject &config,
                               bool sandbox, QList<ParamIssue> *issues);
};

} // namespace Integrations
