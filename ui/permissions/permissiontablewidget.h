#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Braze {
class PermissionProbe;
}

// Shows what a workspace's API key may do (the permission probe's table) with a "Check again"
// button. Partner pages embed it above their requirements.
class PermissionTableWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PermissionTableWidget(Braze::PermissionProbe *probe, QWidget *parent = nullptr);

private:
    void updateStatus();

    Braze::PermissionProbe *m_probe;
    QTableView *m_table;
    QPushButton *m_checkAgain;
    QLabel *m_status;
};
