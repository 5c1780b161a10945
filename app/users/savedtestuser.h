#pragma once

#include "braze/useridentifier.h"

#include <QJsonObject>
#include <QString>

namespace Users {

// A "Quikly test user": a profile a marketer tests with again and again, remembered per
// workspace under a name of their choosing. Only the identifier is kept, never a key.
struct SavedTestUser
{
    QString name;                 // "Anna (Quikly test user)"
    Braze::UserIdentifier user;
    QString note;

    QJsonObject toJson() const;
    // A null user when the object is not a valid saved user.
    static SavedTestUser fromJson(const QJsonObject &object);

    bool operator==(const SavedTestUser &other) const = default;
};

} // namespace Users
