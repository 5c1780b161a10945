#pragma once

#include <QList>
#include <QString>

namespace Braze {

// One reason a request cannot be sent: the field it concerns (as named in the JSON body, e.g.
// "attributes[3].email") and a translated sentence that says what is wrong and what to do.
struct ValidationIssue
{
    QString field;
    QString message;

    bool operator==(const ValidationIssue &other) const = default;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace Braze
