#pragma once

#include "webhook/webhookproblem.h"

#include <QStringView>
#include <QtGlobal>

namespace Webhook {

// Where one Liquid output stands in a template: the field, its row (headers and pairs) and the
// offset of the `{{` in that field's source.
struct OutputSite
{
    WebhookProblem::Field field = WebhookProblem::Field::Url;
    int row = -1;
    qsizetype offset = 0;

    bool operator==(const OutputSite &other) const = default;
};

inline size_t qHash(const OutputSite &site, size_t seed = 0)
{
    return ::qHashMulti(seed, int(site.field), site.row, site.offset);
}

// Told what each output of a template rendered while RequestRenderer renders it for a user.
class OutputListener
{
public:
    virtual ~OutputListener() = default;
    virtual void outputRendered(const OutputSite &site, QStringView text, bool fellBackToDefault) = 0;
};

} // namespace Webhook
