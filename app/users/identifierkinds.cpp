#include "users/identifierkinds.h"

#include "braze/validation/phonenumber.h"

#include <QCoreApplication>

namespace Users {

namespace IdentifierKinds {

QString key(Kind kind)
{
    switch (kind) {
    case Kind::ExternalId: return QStringLiteral("external_id");
    case Kind::BrazeId: return QStringLiteral("braze_id");
    case Kind::Alias: return QStringLiteral("alias");
    case Kind::Email: return QStringLiteral("email");
    case Kind::Phone: return QStringLiteral("phone");
    case Kind::None: break;
    }
    return {};
}

Kind fromKey(const QString &text)
{
    for (Kind kind : lookupKinds()) {
        if (key(kind) == text)
            return kind;
    }
    return Kind::None;
}

QString displayName(Kind kind)
{
    switch (kind) {
    case Kind::ExternalId: return QCoreApplication::translate("IdentifierKinds", "External ID");
    case Kind::BrazeId: return QCoreApplication::translate("IdentifierKinds", "Braze ID");
    case Kind::Alias: return QCoreApplication::translate("IdentifierKinds", "User alias");
    case Kind::Email: return QCoreApplication::translate("IdentifierKinds", "E-mail address");
    case Kind::Phone: return QCoreApplication::translate("IdentifierKinds", "Phone number");
    case Kind::None: break;
    }
    return {};
}

QString example(Kind kind)
{
    switch (kind) {
    case Kind::Email: return QCoreApplication::translate("IdentifierKinds", "e.g. anna@example.com");
    case Kind::Phone: return QCoreApplication::translate("IdentifierKinds", "e.g. +4915112345678");
    case Kind::Alias: return QCoreApplication::translate("IdentifierKinds", "Alias name, e.g. anna@example.com");
    case Kind::BrazeId: return QCoreApplication::translate("IdentifierKinds", "24 characters, e.g. 5fbd99bac125ca40511f2cb1");
    case Kind::ExternalId:
    case Kind::None: break;
    }
    return QCoreApplication::translate("IdentifierKinds", "Your own user ID, e.g. user_123");
}

QString aliasLabelExample()
{
    return QCoreApplication::translate("IdentifierKinds", "Alias label, e.g. email");
}

QList<Kind> lookupKinds()
{
    return {Kind::ExternalId, Kind::Email, Kind::Phone, Kind::Alias, Kind::BrazeId};
}

Braze::UserIdentifier fromInput(Kind kind, const QString &value, const QString &aliasLabel)
{
    const QString text = value.trimmed();
    switch (kind) {
    case Kind::ExternalId: return Braze::UserIdentifier::externalId(text);
    case Kind::BrazeId: return Braze::UserIdentifier::brazeId(text);
    // Alias names are case-sensitive and may legitimately contain spaces inside; only the ends go.
    case Kind::Alias: return Braze::UserIdentifier::alias(text, aliasLabel.trimmed());
    case Kind::Email: return Braze::UserIdentifier::email(text);
    case Kind::Phone: return Braze::UserIdentifier::phone(Braze::Validation::normalisedPhone(text));
    case Kind::None: break;
    }
    return {};
}

} // namespace IdentifierKinds

} // namespace Users
