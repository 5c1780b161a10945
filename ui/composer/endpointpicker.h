#pragma once

#include "braze/endpoints.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// The documented endpoints in the groups of Braze's API documentation, with a search field
// (Ctrl+F) that filters by path, method, permission or group. Choosing an endpoint (click,
// Enter, double-click) emits endpointChosen().
class EndpointPicker : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointPicker(QWidget *parent = nullptr);

    // Selects the endpoint in the list (when the search shows it) without choosing it.
    void showEndpoint(Braze::Endpoint endpoint);
    // Chooses the endpoint as a click on its row would; false when the search hides it.
    bool choose(Braze::Endpoint endpoint);
    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *list() const { return m_list; }

signals:
    void endpointChosen(Braze::Endpoint endpoint);

private:
    void fill();
    QTreeWidgetItem *itemOf(Braze::Endpoint endpoint) const;

    QLineEdit *m_search;
    QTreeWidget *m_list;
};
