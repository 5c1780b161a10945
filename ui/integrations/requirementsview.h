#pragma once

#include "integrations/readiness.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Braze {
class PermissionProbe;
}

// The partner's requirements as a checklist, each in one of the three honest states (verified,
// set but not verified, missing or refused) with why in its tooltip, and a button to check the
// key again. The page evaluates the states (Integrations::Readiness); this view shows them.
class RequirementsView : public QWidget
{
    Q_OBJECT

public:
    explicit RequirementsView(QWidget *parent = nullptr);

    // The probe behind "Check the key again" and "Last checked".
    void setProbe(Braze::PermissionProbe *probe);
    void setItems(const QList<Integrations::Readiness::Item> &items);
    // For tests: Readiness::stateName() of a permission's or a setting's row ("verified", ...).
    QString stateOf(const QString &permission) const;
    QString stateOfField(const QString &fieldId) const;

public slots:
    void recheck();

private:
    void showProbeState();

    QPointer<Braze::PermissionProbe> m_probe;
    QList<Integrations::Readiness::Item> m_items;
    QTreeWidget *m_list;
    QLabel *m_checkedAt;
    QPushButton *m_recheck;
};
