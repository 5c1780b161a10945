#include "composer/favouritespanel.h"

#include "composer/composerstore.h"
#include "shell/statusnote.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

FavouritesPanel::FavouritesPanel(ComposerStore &store, std::function<ComposedRequest()> current, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_current(std::move(current))
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_save(new QPushButton(tr("Save as favourite…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setObjectName(QStringLiteral("favouriteList"));
    m_list->setAccessibleName(tr("Favourites"));
    m_save->setObjectName(QStringLiteral("saveFavourite"));
    m_remove->setObjectName(QStringLiteral("removeFavourite"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        for (const ComposedRequest &favourite : m_store.favourites(m_workspaceId)) {
            if (favourite.name == item->text())
                emit favouriteChosen(favourite);
        }
    });
    connect(m_list, &QListWidget::itemActivated, m_list, &QListWidget::itemClicked);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const ComposedRequest request = m_current();
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as favourite"), tr("Name of the favourite:"), QLineEdit::Normal,
                                                   QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.path), &ok);
        if (ok && !name.trimmed().isEmpty())
            save(name.trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            if (const QString failed = m_store.removeFavourite(m_workspaceId, item->text()); !failed.isEmpty())
                emit problem(failed);
        }
    });
    connect(&m_store, &ComposerStore::favouritesChanged, this, [this](const QString &workspaceId) {
        if (workspaceId == m_workspaceId)
            fill();
    });
}

void FavouritesPanel::setWorkspace(const QString &workspaceId, const QString &workspaceName)
{
    m_workspaceId = workspaceId;
    m_title->setText(tr("Favourites of “%1”").arg(workspaceName));
    fill();
}

QString FavouritesPanel::save(const QString &name)
{
    ComposedRequest favourite = m_current();
    favourite.name = name;
    const QString failed = m_store.saveFavourite(m_workspaceId, favourite);
    if (failed.isEmpty())
        StatusNote::show(this, tr("Saved as the favourite “%1”.").arg(name));
    else
        emit problem(failed);
    return failed;
}

void FavouritesPanel::fill()
{
    m_list->clear();
    for (const ComposedRequest &favourite : m_store.favourites(m_workspaceId))
        (new QListWidgetItem(favourite.name, m_list))->setToolTip(QStringLiteral("%1 %2").arg(QString::fromLatin1(favourite.method), favourite.path));
    m_remove->setEnabled(false);
}
