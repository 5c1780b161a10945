#pragma once

#include <QDialog>

class QCheckBox;
class QTreeWidget;

namespace Braze {
struct RequestLogEntry;
}

// Two request log entries side by side (a failed workflow step and its "Send again", say):
// every field of both requests and responses by its JSON path, the differing ones marked and,
// by default, the only ones shown.
class RequestCompareDialog : public QDialog
{
    Q_OBJECT

public:
    RequestCompareDialog(const Braze::RequestLogEntry &first, const Braze::RequestLogEntry &second, QWidget *parent = nullptr);

    int differenceCount() const { return m_differences; }

private:
    void applyOnlyDifferences();

    QTreeWidget *m_table;
    QCheckBox *m_onlyDifferences;
    int m_differences = 0;
};
