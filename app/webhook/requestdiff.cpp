#include "webhook/requestdiff.h"

#include <vector>

namespace Webhook {

namespace {

// Beyond this many lines a side, lines are compared by position only (a request is a few dozen).
constexpr qsizetype MaxAlignedLines = 2000;

} // namespace

RequestDiff RequestDiff::compare(const QString &left, const QString &right)
{
    RequestDiff diff;
    diff.leftLines = left.split(QLatin1Char('\n'));
    diff.rightLines = right.split(QLatin1Char('\n'));
    const qsizetype n = diff.leftLines.size(), m = diff.rightLines.size();
    if (n > MaxAlignedLines || m > MaxAlignedLines) {
        for (qsizetype i = 0; i < qMax(n, m); ++i) {
            const int l = i < n ? int(i) : -1, r = i < m ? int(i) : -1;
            diff.rows.append({l, r, l < 0 || r < 0 || diff.leftLines.at(l) != diff.rightLines.at(r)});
        }
        return diff;
    }
    // Longest common subsequence of lines; what is not in it is a change.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = diff.leftLines.at(i) == diff.rightLines.at(j) ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    }
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && diff.leftLines.at(i) == diff.rightLines.at(j)) {
            diff.rows.append({int(i++), int(j++), false});
        } else if (i < n && j < m && lcs[i + 1][j] == lcs[i][j + 1]) {
            diff.rows.append({int(i++), int(j++), true});   // a line changed in place
        } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
            diff.rows.append({int(i++), -1, true});
        } else {
            diff.rows.append({-1, int(j++), true});
        }
    }
    return diff;
}

int RequestDiff::changedRows() const
{
    int changed = 0;
    for (const Row &row : rows)
        changed += row.changed ? 1 : 0;
    return changed;
}

} // namespace Webhook
