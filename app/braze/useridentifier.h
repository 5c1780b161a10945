#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Braze {

// Who a call is about: one of the five identifiers of braze-api.md §7. An alias is a name plus
// a label. Values are kept as given; problem() says whether Braze would accept them.
class UserIdentifier
{
    Q_DECLARE_TR_FUNCTIONS(Braze::UserIdentifier)

public:
    enum class Kind { None, ExternalId, BrazeId, Alias, Email, Phone };

    UserIdentifier() = default;
    static UserIdentifier externalId(const QString &id);
    static UserIdentifier brazeId(const QString &id);
    static UserIdentifier alias(const QString &name, const QString &label);
    static UserIdentifier email(const QString &address);
    // The number should be E.164; Validation::normalisedPhone() helps with typed input.
    static UserIdentifier phone(const QString &number);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::None; }
    // The id, e-mail address, phone number or alias name.
    QString value() const { return m_value; }
    QString aliasLabel() const { return m_label; }

    // {"alias_name": ..., "alias_label": ...}
    QJsonObject aliasObject() const;
    // Adds the identifier to a users/track object: external_id, braze_id, user_alias, email or phone.
    void writeTo(QJsonObject &object) const;
    // Empty when Braze would accept it, else a translated explanation.
    QString problem() const;
    // A translated noun phrase for messages and the log: "external ID user_123",
    // "user alias ann@example.com (label email)".
    QString describe() const;

    bool operator==(const UserIdentifier &other) const = default;

private:
    UserIdentifier(Kind kind, const QString &value, const QString &label = {});

    Kind m_kind = Kind::None;
    QString m_value;
    QString m_label;
};

} // namespace Braze
