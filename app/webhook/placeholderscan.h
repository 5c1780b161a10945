#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>

namespace Webhook::PlaceholderScan {

// What SecretReference and SettingReference share: the names a pattern's first capture finds in a
// text (in order of first use, without duplicates), and the text with each match replaced.
QStringList namesIn(const QRegularExpression &pattern, const QString &text);
QString replace(const QRegularExpression &pattern, const QString &text, const std::function<QString(const QString &)> &replacement);

} // namespace Webhook::PlaceholderScan
