#pragma once

#include <QHash>
#include <QStringList>
#include <functional>

class QObject;

namespace Integrations {

class Step;

// The step types the partner descriptions may use, by name. standard() registers every type
// the console has, in one place (steptypes.cpp); a new kind of step is one registration there.
class StepRegistry
{
public:
    using Factory = std::function<Step *(QObject *parent)>;

    void add(const QString &type, Factory factory);
    bool contains(const QString &type) const { return m_factories.contains(type); }
    // A new step of that type, or nullptr for an unknown type.
    Step *create(const QString &type, QObject *parent) const;
    QStringList types() const;

    static const StepRegistry &standard();

private:
    QHash<QString, Factory> m_factories;
};

// The groups of step types, each in its own file.
void registerUserSteps(StepRegistry &registry);
void registerSubscriptionSteps(StepRegistry &registry);
void registerReportSteps(StepRegistry &registry);
void registerMessagingSteps(StepRegistry &registry);
void registerLogicSteps(StepRegistry &registry);
void registerMappingSteps(StepRegistry &registry);

} // namespace Integrations
