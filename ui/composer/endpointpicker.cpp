#include "composer/endpointpicker.h"

#include "composer/endpointcatalogue.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int EndpointRole = Qt::UserRole + 1;
}

EndpointPicker::EndpointPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    m_search->setObjectName(QStringLiteral("endpointSearch"));
    m_search->setPlaceholderText(tr("Search endpoints (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search endpoints"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("endpointList"));
    m_list->setAccessibleName(tr("Documented endpoints"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, &EndpointPicker::fill);
    // Enter in the search field takes the first match, so "users/track" + Enter is enough.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (int group = 0; group < m_list->topLevelItemCount(); ++group) {
            if (m_list->topLevelItem(group)->childCount() > 0) {
                QTreeWidgetItem *first = m_list->topLevelItem(group)->child(0);
                m_list->setCurrentItem(first);
                emit endpointChosen(Braze::Endpoint(first->data(0, EndpointRole).toInt()));
                return;
            }
        }
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            emit endpointChosen(Braze::Endpoint(item->data(0, EndpointRole).toInt()));
    });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            emit endpointChosen(Braze::Endpoint(item->data(0, EndpointRole).toInt()));
    });
    fill();
}

void EndpointPicker::fill()
{
    m_list->clear();
    for (const EndpointCatalogue::Group &group : EndpointCatalogue::filtered(m_search->text())) {
        auto *title = new QTreeWidgetItem(m_list, {group.title});
        title->setFlags(Qt::ItemIsEnabled);
        QFont bold = title->font(0);
        bold.setBold(true);
        title->setFont(0, bold);
        for (const Braze::EndpointInfo &endpoint : group.endpoints) {
            auto *row = new QTreeWidgetItem(title, {QStringLiteral("%1 %2").arg(QString::fromLatin1(endpoint.method), endpoint.path)});
            row->setData(0, EndpointRole, int(endpoint.id));
            row->setToolTip(0, endpoint.permission.isEmpty() ? row->text(0) : tr("Permission: %1").arg(endpoint.permission));
        }
    }
    m_list->expandAll();
}

QTreeWidgetItem *EndpointPicker::itemOf(Braze::Endpoint endpoint) const
{
    for (int group = 0; group < m_list->topLevelItemCount(); ++group) {
        for (int row = 0; row < m_list->topLevelItem(group)->childCount(); ++row) {
            QTreeWidgetItem *item = m_list->topLevelItem(group)->child(row);
            if (item->data(0, EndpointRole).toInt() == int(endpoint))
                return item;
        }
    }
    return nullptr;
}

void EndpointPicker::showEndpoint(Braze::Endpoint endpoint)
{
    QTreeWidgetItem *item = itemOf(endpoint);
    const QSignalBlocker quiet(m_list);
    m_list->setCurrentItem(item);
    if (item)
        m_list->scrollToItem(item);
}

bool EndpointPicker::choose(Braze::Endpoint endpoint)
{
    QTreeWidgetItem *item = itemOf(endpoint);
    if (!item)
        return false;
    m_list->setCurrentItem(item);
    emit endpointChosen(endpoint);
    return true;
}
