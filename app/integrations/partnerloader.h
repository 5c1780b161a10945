#pragma once

#include "integrations/partnerdescription.h"

#include <QCoreApplication>
#include <QStringList>

namespace Integrations {

class StepRegistry;

// Reads partner descriptions and checks them against the engine: every step type must be
// registered, every text id must be in the catalogue, every reference must point somewhere.
// A broken description is refused with messages naming the file and the place.
class PartnerLoader
{
    Q_DECLARE_TR_FUNCTIONS(PartnerLoader)

public:
    explicit PartnerLoader(const StepRegistry &registry) : m_registry(registry) {}

    // All descriptions embedded under :/integrations/, in the order of `order` (others after).
    QList<PartnerDescription> loadEmbedded(QStringList *errors = nullptr) const;
    // One description from JSON; `source` names it in error messages.
    bool parse(const QByteArray &json, const QString &source, PartnerDescription *description, QStringList *errors) const;

    static QStringList displayOrder();

private:
    void check(const PartnerDescription &d, const QString &source, QStringList *errors) const;

    const StepRegistry &m_registry;
};

} // namespace Integrations
