#pragma once

#include <QList>
#include <QStringList>

namespace Webhook {

// Two requests' texts (RenderedRequest::toText of two users, or of one user before and after an
// edit) side by side: the lines of each, aligned, with the ones that differ marked.
struct RequestDiff
{
    struct Row
    {
        int left = -1;    // line of the left text, -1: nothing on this side
        int right = -1;
        bool changed = false;
    };

    QStringList leftLines;
    QStringList rightLines;
    QList<Row> rows;

    static RequestDiff compare(const QString &left, const QString &right);
    int changedRows() const;
};

} // namespace Webhook
