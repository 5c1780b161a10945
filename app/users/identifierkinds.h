#pragma once

#include "braze/useridentifier.h"

#include <QList>
#include <QString>

namespace Users {

// The five ways to name a user (braze-api.md §7) as the test-user page, the saved test users
// and braze-cli spell them.
namespace IdentifierKinds {

using Kind = Braze::UserIdentifier::Kind;

// Stable key for files and the command line: external_id, braze_id, alias, email, phone.
QString key(Kind kind);
// Kind::None for an unknown key.
Kind fromKey(const QString &key);
// Translated name for a chooser ("E-mail address").
QString displayName(Kind kind);
// What to type, for a field's placeholder ("e.g. anna@example.com"); the alias's label is apart.
QString example(Kind kind);
QString aliasLabelExample();
// The kinds a lookup offers, in the order the page lists them.
QList<Kind> lookupKinds();

// An identifier from what was typed: surrounding spaces are dropped and phone numbers are
// brought into E.164 where possible (Braze::Validation::normalisedPhone).
Braze::UserIdentifier fromInput(Kind kind, const QString &value, const QString &aliasLabel = {});

} // namespace IdentifierKinds

} // namespace Users
