#include "users/matchlist.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Users;

MatchList::MatchList(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(tr("Open profile"), this))
{
    m_list->setObjectName(QStringLiteral("matchList"));
    m_open->setObjectName(QStringLiteral("openMatchButton"));
    m_heading->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_open, 0, Qt::AlignRight);
    connect(m_list, &QListWidget::itemActivated, this, &MatchList::chooseCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_open->setEnabled(row >= 0); });
    connect(m_open, &QPushButton::clicked, this, &MatchList::chooseCurrent);
}

void MatchList::showMatches(const Braze::UserIdentifier &searched, const QList<UserProfile> &profiles)
{
    m_profiles = profiles;
    m_heading->setText(tr("%n profile(s) share %1. Choose the one you mean; Braze's /users/track would update "
                          "the most recently updated one that has an external ID.", nullptr, int(profiles.size()))
                           .arg(searched.describe()));
    m_list->clear();
    for (const UserProfile &p : profiles) {
        const QString identity = p.isUnidentified()
            ? tr("alias-only, Braze ID %1").arg(p.brazeId)
            : tr("external ID %1").arg(p.externalId);
        const QString created = p.standardAttributes.value(QLatin1String("created_at")).toString();
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(p.displayName(), identity), m_list);
        item->setToolTip(created.isEmpty() ? QString() : tr("Created %1").arg(created));
    }
    m_list->setCurrentRow(-1);
    m_open->setEnabled(false);
}

void MatchList::chooseCurrent()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_profiles.size())
        emit matchChosen(m_profiles.at(row));
}
