#include "braze/useridentifier.h"

#include "braze/validation/emailaddress.h"
#include "braze/validation/phonenumber.h"

#include <QCoreApplication>

namespace Braze {

UserIdentifier::UserIdentifier(Kind kind, const QString &value, const QString &label)
    : m_kind(kind)
    , m_value(value)
    , m_label(label)
{
}

UserIdentifier UserIdentifier::externalId(const QString &id) { return {Kind::ExternalId, id}; }
UserIdentifier UserIdentifier::brazeId(const QString &id) { return {Kind::BrazeId, id}; }
UserIdentifier UserIdentifier::alias(const QString &name, const QString &label) { return {Kind::Alias, name, label}; }
UserIdentifier UserIdentifier::email(const QString &address) { return {Kind::Email, address}; }
UserIdentifier UserIdentifier::phone(const QString &number) { return {Kind::Phone, number}; }

QJsonObject UserIdentifier::aliasObject() const
{
    return {{QStringLiteral("alias_name"), m_value}, {QStringLiteral("alias_label"), m_label}};
}

void UserIdentifier::writeTo(QJsonObject &object) const
{
    switch (m_kind) {
    case Kind::ExternalId: object.insert(QStringLiteral("external_id"), m_value); break;
    case Kind::BrazeId: object.insert(QStringLiteral("braze_id"), m_value); break;
    case Kind::Alias: object.insert(QStringLiteral("user_alias"), aliasObject()); break;
    case Kind::Email: object.insert(QStringLiteral("email"), m_value); break;
    case Kind::Phone: object.insert(QStringLiteral("phone"), m_value); break;
    case Kind::None: break;
    }
}

QString UserIdentifier::problem() const
{
    switch (m_kind) {
    case Kind::None:
        return QCoreApplication::translate("Validation", "No user is given: enter an external ID, Braze ID, alias, e-mail address or phone number.");
    case Kind::ExternalId:
        if (m_value.trimmed().isEmpty())
            return QCoreApplication::translate("Validation", "The external ID is empty.");
        if (m_value.size() >= 512)
            return QCoreApplication::translate("Validation", "The external ID has %n characters; Braze allows fewer than 512.", nullptr, int(m_value.size()));
        return {};
    case Kind::BrazeId:
        return m_value.trimmed().isEmpty() ? QCoreApplication::translate("Validation", "The Braze ID is empty.") : QString();
    case Kind::Alias:
        if (m_value.isEmpty() || m_label.isEmpty())
            return QCoreApplication::translate("Validation", "A user alias needs both a name and a label (e.g. name “ann@example.com”, label “email”).");
        return {};
    case Kind::Email:
        return Validation::emailProblem(m_value);
    case Kind::Phone:
        return Validation::phoneProblem(m_value);
    }
    return {};
}

QString UserIdentifier::describe() const
{
    switch (m_kind) {
    case Kind::ExternalId: return tr("external ID %1").arg(m_value);
    case Kind::BrazeId: return tr("Braze ID %1").arg(m_value);
    case Kind::Alias: return tr("user alias %1 (label %2)").arg(m_value, m_label);
    case Kind::Email: return tr("e-mail address %1").arg(m_value);
    case Kind::Phone: return tr("phone number %1").arg(m_value);
    case Kind::None: break;
    }
    return {};
}

} // namespace Braze
