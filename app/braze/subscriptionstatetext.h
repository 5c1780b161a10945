#pragma once

#include <QCoreApplication>
#include <QString>

namespace Braze {

// Braze's subscription states as it spells them in answers ("Subscribed", "Unsubscribed",
// "Unknown", braze-api.md §10) or requests ("subscribed"), as words in the user's language for a
// sentence ("Der Abo-Status ist abonniert."); anything else as Braze wrote it.
class SubscriptionStateText
{
    Q_DECLARE_TR_FUNCTIONS(Braze::SubscriptionStateText)

public:
    static QString inWords(const QString &state);
};

} // namespace Braze
