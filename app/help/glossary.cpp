#include "help/glossary.h"

#include <QRegularExpression>

namespace Help {

namespace {

// Forms are written "a|b": one translatable string per term lets a translator give the forms
// his language inflects (German Abo-Gruppe/Abo-Gruppen is one form, French needs the plural).
QStringList formsOf(const QString &forms)
{
    QStringList list = forms.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (QString &form : list)
        form = form.trimmed();
    return list;
}

// What a reader sees of a label: tags and the entities Qt's labels use removed, typographic
// apostrophes made plain (French writes both).
QString plainText(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    text.replace(QChar(0x2019), QLatin1Char('\''));
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    return text;
}

} // namespace

QList<Glossary::Term> Glossary::terms()
{
    const auto term = [](const char *id, const QString &name, const QString &forms, const QString &explanation) {
        return Term{QString::fromLatin1(id), name, formsOf(forms), explanation};
    };
    return {
        term("alias-only-profile", tr("alias-only profile"), tr("alias-only", "glossary forms, separated by |"),
             tr("A user profile Braze knows only by a user alias (for example an e-mail address with the label “email”), "
                "without an external ID. It can be identified later: given an external ID, it merges into that user.")),
        term("user-alias", tr("user alias"), tr("user alias|alias label|alias name", "glossary forms, separated by |"),
             tr("A second identifier for a user: a name and a label (for example “jane@example.com” with the label “email”). "
                "Partners use it for people who have no external ID yet.")),
        term("external-id", tr("external ID"), tr("external ID|external_id", "glossary forms, separated by |"),
             tr("Your own identifier of a user (external_id), for example the customer number in your CRM. One external ID is one profile.")),
        term("braze-id", tr("Braze ID"), tr("Braze ID|braze_id", "glossary forms, separated by |"),
             tr("The identifier Braze gives every profile itself (braze_id). It cannot be chosen or changed.")),
        term("subscription-group", tr("subscription group"), tr("subscription group", "glossary forms, separated by |"),
             tr("A list of e-mail addresses or phone numbers that agreed to receive one kind of message, for example your SMS "
                "marketing. Its ID is a UUID, found in Braze under Audience › Subscriptions.")),
        term("e164", tr("E.164"), tr("E.164", "glossary forms, separated by |"),
             tr("The international way to write a phone number that Braze expects: “+”, the country code and the number, "
                "without spaces, for example +4915112345678.")),
        term("permission", tr("permission"), tr("permission", "glossary forms, separated by |"),
             tr("What a REST API key is allowed to do, one permission per endpoint (for example users.track). You choose them "
                "when you create the key in Braze under Settings › APIs and Identifiers › API Keys; a call without its permission is refused.")),
        term("rest-endpoint", tr("REST endpoint"), tr("REST endpoint", "glossary forms, separated by |"),
             tr("The address of your Braze instance's REST API, for example https://rest.iad-01.braze.com. It matches your "
                "dashboard's address (dashboard-01 → rest.iad-01).")),
        term("app-id", tr("App ID"), tr("App ID", "glossary forms, separated by |"),
             tr("The identifier of one app or website in a Braze workspace (Settings › App Settings). Some partners need it; "
                "it is not the REST API key.")),
        term("custom-attribute", tr("custom attribute"), tr("custom attribute", "glossary forms, separated by |"),
             tr("A value you store on a user's profile yourself, such as a quiz answer or an audience membership, to segment and personalise with.")),
        term("custom-event", tr("custom event"), tr("custom event", "glossary forms, separated by |"),
             tr("Something a user did that you record in Braze with a name and a time, for example a sign-up; it can start a campaign or a Canvas.")),
        term("double-opt-in", tr("double opt-in"), tr("double opt-in", "glossary forms, separated by |"),
             tr("The user confirms the subscription a second time (for example by answering an SMS) before it counts as subscribed.")),
        term("api-triggered", tr("API-triggered"), tr("API-triggered", "glossary forms, separated by |"),
             tr("A campaign or Canvas that is sent when a partner or your system calls Braze's API, not on a schedule.")),
        term("liquid", tr("Liquid"), tr("Liquid", "glossary forms, separated by |"),
             tr("The template language of Braze's messages and webhooks: {{${first_name}}} inserts a user's value, {% if %} chooses text.")),
        term("sandbox", tr("sandbox"), tr("sandbox", "glossary forms, separated by |"),
             tr("The built-in sandbox imitates Braze's REST API on this computer, with demo users and keys: try everything, nothing reaches Braze.")),
    };
}

QList<Glossary::Term> Glossary::termsIn(const QString &text)
{
    QList<Term> found;
    const QString plain = plainText(text);
    if (plain.trimmed().isEmpty())
        return found;
    for (const Term &term : terms()) {
        for (const QString &form : term.forms) {
            if (plain.contains(plainText(form), Qt::CaseInsensitive)) {
                found.append(term);
                break;
            }
        }
    }
    return found;
}

QString Glossary::explain(const QString &text)
{
    QStringList parts;
    for (const Term &term : termsIn(text).mid(0, 3))
        parts.append(QStringLiteral("<p><b>%1</b>: %2</p>").arg(term.name.toHtmlEscaped(), term.explanation.toHtmlEscaped()));
    return parts.join(QString());
}

} // namespace Help
