#include "braze/validation/emailaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Braze::Validation {

QString emailProblem(const QString &email)
{
    if (email.isEmpty())
        return QCoreApplication::translate("Validation", "The e-mail address is empty.");
    if (email.trimmed() != email)
        return QCoreApplication::translate("Validation", "“%1” starts or ends with a space: remove it.").arg(email);
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || email.count(QLatin1Char('@')) != 1)
        return QCoreApplication::translate("Validation", "“%1” is not an e-mail address: it needs exactly one “@”, e.g. name@example.com.").arg(email);
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);

    static const QRegularExpression localPattern(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    if (local.isEmpty() || local.size() > 64 || !localPattern.match(local).hasMatch())
        return QCoreApplication::translate("Validation", "“%1”: the part before the “@” is empty, too long or contains spaces, double dots or characters an address cannot have.").arg(email);

    const QByteArray ace = QUrl::toAce(domain);
    static const QRegularExpression domainPattern(QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$"));
    if (ace.isEmpty() || !domainPattern.match(QString::fromLatin1(ace)).hasMatch())
        return QCoreApplication::translate("Validation", "“%1”: the domain after the “@” is not valid; it needs a dot and an ending such as .com.").arg(email);
    if (email.size() > 254)
        return QCoreApplication::translate("Validation", "“%1” is longer than 254 characters.").arg(email);
    return {};
}

} // namespace Braze::Validation
