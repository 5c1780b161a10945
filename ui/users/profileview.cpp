#include "users/profileview.h"
#include "style/statuscolours.h"

#include "users/attributetype.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTreeWidget>

using namespace Users;

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int ChangedRole = Qt::UserRole + 2;

QString valueText(const QJsonValue &value)
{
    return AttributeTypes::toText(value);
}
} // namespace

ProfileView::ProfileView(QWidget *parent)
    : QTabWidget(parent)
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("profileView"));
    // Tab titles are never cut or scrolled ("Events, Käufe, Gerä…"): the page makes room for them.
    tabBar()->setElideMode(Qt::ElideNone);
    setUsesScrollButtons(false);
    m_identifiers = makeTree(QStringLiteral("identifierTree"), {tr("Identifier"), tr("Value")}, tr("Identifiers"));
    m_attributes = makeTree(QStringLiteral("attributeTree"), {tr("Attribute"), tr("Type"), tr("Value")}, tr("Attributes"));
    m_subscriptions = makeTree(QStringLiteral("subscriptionTree"), {tr("Group"), tr("Channel"), tr("State")}, tr("Subscriptions"));
    m_activity = makeTree(QStringLiteral("activityTree"), {tr("Name"), tr("Count"), tr("First"), tr("Last")}, tr("Activity"));
    setTabToolTip(indexOf(m_activity), tr("Events, purchases, devices"));
    m_raw->setObjectName(QStringLiteral("rawJson"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addTab(m_raw, tr("Raw JSON"));
}

QTreeWidget *ProfileView::makeTree(const QString &objectName, const QStringList &headers, const QString &title)
{
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    addTab(tree, title);
    m_trees.append(tree);
    return tree;
}

QTreeWidgetItem *ProfileView::addRow(QTreeWidget *tree, QTreeWidgetItem *parent, const QString &path, const QStringList &columns)
{
    auto *item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(tree, columns);
    item->setData(0, PathRole, path);
    for (int c = 0; c < columns.size(); ++c)
        item->setToolTip(c, columns.at(c));
    return item;
}

void ProfileView::showProfile(const UserProfile &profile, const ProfileDiff &diff)
{
    for (QTreeWidget *tree : std::as_const(m_trees))
        tree->clear();
    fillIdentifiers(profile);
    fillAttributes(profile);
    fillSubscriptions(profile);
    fillActivity(profile);
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented)));
    highlight(diff);
    for (QTreeWidget *tree : std::as_const(m_trees))
        tree->expandAll();
}

void ProfileView::fillIdentifiers(const UserProfile &profile)
{
    const auto row = [this](const QString &path, const QString &label, const QString &value) {
        if (!value.isEmpty())
            addRow(m_identifiers, nullptr, path, {label, value});
    };
    row(QStringLiteral("external_id"), QStringLiteral("external_id"), profile.isUnidentified() ? tr("(none: alias-only profile)") : profile.externalId);
    row(QStringLiteral("braze_id"), QStringLiteral("braze_id"), profile.brazeId);
    row(QStringLiteral("email"), QStringLiteral("email"), profile.email);
    row(QStringLiteral("phone"), QStringLiteral("phone"), profile.phone);
    for (const Braze::UserIdentifier &alias : profile.aliases)
        row(QStringLiteral("user_aliases.") + alias.aliasLabel(), tr("alias (%1)").arg(alias.aliasLabel()), alias.value());
}

void ProfileView::fillAttributes(const UserProfile &profile)
{
    auto *standard = addRow(m_attributes, nullptr, {}, {tr("Standard attributes")});
    for (auto it = profile.standardAttributes.begin(); it != profile.standardAttributes.end(); ++it)
        addRow(m_attributes, standard, it.key(), {it.key(), AttributeTypes::displayName(AttributeTypes::of(it.value())), valueText(it.value())});
    auto *custom = addRow(m_attributes, nullptr, QStringLiteral("custom_attributes"), {tr("Custom attributes")});
    for (auto it = profile.customAttributes.begin(); it != profile.customAttributes.end(); ++it)
        addRow(m_attributes, custom, QStringLiteral("custom_attributes.") + it.key(),
               {it.key(), AttributeTypes::displayName(AttributeTypes::of(it.value())), valueText(it.value())});
    if (profile.customAttributes.isEmpty())
        addRow(m_attributes, custom, {}, {tr("(none)")});
}

void ProfileView::fillSubscriptions(const UserProfile &profile)
{
    if (!profile.subscriptionsKnown) {
        addRow(m_subscriptions, nullptr, {}, {profile.subscriptionsProblem});
        return;
    }
    for (const SubscriptionGroupState &g : profile.subscriptionGroups) {
        auto *item = addRow(m_subscriptions, nullptr, QStringLiteral("subscription_groups.") + g.id,
                            {g.name.isEmpty() ? g.id : g.name, g.channel, g.status});
        item->setToolTip(0, g.id);
    }
    if (profile.subscriptionGroups.isEmpty())
        addRow(m_subscriptions, nullptr, {}, {tr("No subscription group has ever changed for this user.")});
    for (const char *global : {"email_subscribe", "push_subscribe"}) {
        const QString state = profile.standardAttributes.value(QLatin1String(global)).toString();
        if (!state.isEmpty())
            addRow(m_subscriptions, nullptr, QLatin1String(global), {QLatin1String(global), tr("global"), state});
    }
}

void ProfileView::fillActivity(const UserProfile &profile)
{
    const auto summaries = [this](const QString &title, const QString &key, const QList<ActivitySummary> &list) {
        auto *parent = addRow(m_activity, nullptr, key, {title});
        for (const ActivitySummary &s : list)
            addRow(m_activity, parent, key + QLatin1Char('.') + s.name, {s.name, QString::number(s.count), s.first, s.last});
        if (list.isEmpty())
            addRow(m_activity, parent, {}, {tr("(none in the last 90 days)")});
    };
    summaries(tr("Custom events"), QStringLiteral("custom_events"), profile.customEvents);
    summaries(tr("Purchases"), QStringLiteral("purchases"), profile.purchases);
    auto *devices = addRow(m_activity, nullptr, QStringLiteral("devices"), {tr("Devices")});
    for (const QJsonValue &value : profile.devices) {
        const QJsonObject d = value.toObject();
        addRow(m_activity, devices, {}, {QStringLiteral("%1 %2").arg(d.value(QLatin1String("model")).toString(), d.value(QLatin1String("os")).toString()).trimmed(),
                                         {}, d.value(QLatin1String("device_id")).toString()});
    }
    if (profile.devices.isEmpty())
        addRow(m_activity, devices, {}, {tr("(none)")});
}

void ProfileView::highlight(const ProfileDiff &diff)
{
    for (QTreeWidget *tree : std::as_const(m_trees)) {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            QTreeWidgetItem *item = *it;
            const QString path = item->data(0, PathRole).toString();
            const ProfileChange *change = path.isEmpty() ? nullptr : diff.find(path);
            // A parent row ("Custom attributes") is marked when something below it changed.
            const bool changed = change || (!path.isEmpty() && item->childCount() > 0 && diff.touches(path));
            item->setData(0, ChangedRole, changed);
            if (!changed)
                continue;
            for (int c = 0; c < tree->columnCount(); ++c)
                item->setBackground(c, StatusColours::background(StatusColours::Role::Changed, palette()));
            if (change) {
                const QString before = change->kind == ProfileChange::Kind::Added ? tr("(not set)") : valueText(change->before);
                item->setToolTip(tree->columnCount() - 1, tr("Changed by the last action. Before: %1").arg(before));
            }
        }
    }
    // A removed attribute has no row any more: list it so the change stays visible.
    const QString customPrefix = QStringLiteral("custom_attributes.");
    for (const ProfileChange &change : diff.changes()) {
        if (change.kind != ProfileChange::Kind::Removed)
            continue;
        const bool custom = change.path.startsWith(customPrefix);
        if (!custom && change.path.contains(QLatin1Char('.')))
            continue;
        auto *item = addRow(m_attributes, m_attributes->topLevelItem(custom ? 1 : 0), change.path,
                            {custom ? change.path.mid(customPrefix.size()) : change.path, tr("removed"),
                             tr("(was %1)").arg(valueText(change.before))});
        item->setData(0, ChangedRole, true);
        for (int c = 0; c < m_attributes->columnCount(); ++c)
            item->setBackground(c, StatusColours::background(StatusColours::Role::Changed, palette()));
    }
}

bool ProfileView::isHighlighted(const QString &path) const
{
    for (QTreeWidget *tree : m_trees) {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, PathRole).toString() == path)
                return (*it)->data(0, ChangedRole).toBool();
        }
    }
    return false;
}
