#include "webhook/templatelistpanel.h"

#include "webhook/presetcatalog.h"
#include "webhook/templatelibrary.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

using Webhook::TemplateLibrary;

TemplateListPanel::TemplateListPanel(TemplateLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
{
    m_proxy->setSourceModel(library);
    m_proxy->setFilterRole(TemplateLibrary::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->sort(0);
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Search name, URL, notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the templates"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Webhook templates"));
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Long German and French names wrap instead of scrolling the list sideways.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto button = [this](const QString &text, const QString &name) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    QToolButton *add = button(tr("New"), QStringLiteral("newTemplate"));
    QToolButton *preset = button(tr("From preset"), QStringLiteral("fromPreset"));
    auto *presets = new QMenu(preset);
    for (const Webhook::WebhookTemplate &p : Webhook::PresetCatalog::all()) {
        connect(presets->addAction(p.name), &QAction::triggered, this, [this, id = p.presetId] { emit presetRequested(id); });
    }
    preset->setMenu(presets);
    preset->setPopupMode(QToolButton::InstantPopup);
    QToolButton *more = button(tr("More"), QStringLiteral("moreActions"));
    auto *menu = new QMenu(more);
    connect(menu->addAction(tr("Duplicate")), &QAction::triggered, this, [this] { if (!currentId().isEmpty()) emit duplicateRequested(currentId()); });
    connect(menu->addAction(tr("Rename…")), &QAction::triggered, this, [this] { if (!currentId().isEmpty()) emit renameRequested(currentId()); });
    connect(menu->addAction(tr("Delete…")), &QAction::triggered, this, [this] { if (!currentId().isEmpty()) emit deleteRequested(currentId()); });
    menu->addSeparator();
    connect(menu->addAction(tr("Import…")), &QAction::triggered, this, &TemplateListPanel::importRequested);
    connect(menu->addAction(tr("Export…")), &QAction::triggered, this, [this] { if (!currentId().isEmpty()) emit exportRequested(currentId()); });
    more->setMenu(menu);
    more->setPopupMode(QToolButton::InstantPopup);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(preset);
    buttons->addWidget(more);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(add, &QToolButton::clicked, this, &TemplateListPanel::newRequested);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit templateSelected(current.data(TemplateLibrary::IdRole).toString());
    });
}

QString TemplateListPanel::currentId() const
{
    return m_list->currentIndex().data(TemplateLibrary::IdRole).toString();
}

void TemplateListPanel::selectId(const QString &id)
{
    const int row = m_library->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_library->index(row));
    if (index.isValid() && index != m_list->currentIndex())
        m_list->setCurrentIndex(index);
}

void TemplateListPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

int TemplateListPanel::visibleCount() const
{
    return m_proxy->rowCount();
}
