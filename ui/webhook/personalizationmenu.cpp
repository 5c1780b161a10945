#include "webhook/personalizationmenu.h"

#include "webhook/personalizationcatalog.h"

#include <QInputDialog>

using namespace Webhook;

PersonalizationMenu::PersonalizationMenu(QWidget *parent)
    : QMenu(tr("Insert personalization"), parent)
{
    rebuild();
}

void PersonalizationMenu::setKnownNames(const QStringList &customAttributes, const QStringList &eventProperties,
                                        const QStringList &canvasEntryProperties, const QStringList &apiTriggerProperties)
{
    m_customAttributes = customAttributes;
    m_eventProperties = eventProperties;
    m_canvasEntryProperties = canvasEntryProperties;
    m_apiTriggerProperties = apiTriggerProperties;
    rebuild();
}

void PersonalizationMenu::rebuild()
{
    clear();
    QHash<PersonalizationTag::Group, QMenu *> groups;
    auto menuFor = [&](PersonalizationTag::Group group) {
        if (!groups.contains(group))
            groups.insert(group, addMenu(PersonalizationCatalog::groupTitle(group)));
        return groups.value(group);
    };
    auto add = [&](const PersonalizationTag &tag) {
        QAction *action = menuFor(tag.group)->addAction(tag.liquid);
        connect(action, &QAction::triggered, this, [this, liquid = tag.liquid] { emit tagChosen(liquid); });
    };
    for (const PersonalizationTag &tag : PersonalizationCatalog::standardTags())
        add(tag);
    // Named properties, then a way to type a name Braze knows but the preview user lacks.
    const QList<std::pair<QStringList, PersonalizationTag (*)(const QString &)>> named = {
        {m_customAttributes, &PersonalizationCatalog::customAttribute},
        {m_eventProperties, &PersonalizationCatalog::eventProperty},
        {m_canvasEntryProperties, &PersonalizationCatalog::canvasEntryProperty},
        {m_apiTriggerProperties, &PersonalizationCatalog::apiTriggerProperty},
    };
    for (const auto &[names, make] : named) {
        const PersonalizationTag probe = make(QString());
        QMenu *menu = menuFor(probe.group);
        for (const QString &name : names)
            add(make(name));
        if (!names.isEmpty())
            menu->addSeparator();
        QAction *other = menu->addAction(tr("Other name…"));
        connect(other, &QAction::triggered, this, [this, make = make] {
            const QString name = QInputDialog::getText(parentWidget(), tr("Insert personalization"), tr("Name as in Braze:"));
            if (!name.trimmed().isEmpty())
                emit tagChosen(make(name.trimmed()).liquid);
        });
    }
}
