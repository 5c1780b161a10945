#pragma once

#include <QMenu>

// "Insert personalization": Braze's standard attribute tags, the custom attributes and event
// properties known from the preview user (and the workspace), grouped as Braze's composer does.
class PersonalizationMenu : public QMenu
{
    Q_OBJECT

public:
    explicit PersonalizationMenu(QWidget *parent = nullptr);

    void setKnownNames(const QStringList &customAttributes, const QStringList &eventProperties,
                       const QStringList &canvasEntryProperties, const QStringList &apiTriggerProperties);

signals:
    void tagChosen(const QString &liquid);

private:
    void rebuild();

    QStringList m_customAttributes;
    QStringList m_eventProperties;
    QStringList m_canvasEntryProperties;
    QStringList m_apiTriggerProperties;
};
