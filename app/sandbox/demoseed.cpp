#include "sandbox/demoseed.h"

#include "sandbox/requestvalidation.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Sandbox {

namespace {

struct Locale
{
    const char *country;
    const char *language;
    const char *timeZone;
    const char *mailDomain;
    const char *phonePrefix;
    int phoneDigits;
    QStringList firstNames;
    QStringList lastNames;
    QStringList cities;
};

QList<Locale> locales()
{
    return {
        {"DE", "de", "Europe/Berlin", "example.de", "+49151", 8,
         {QStringLiteral("Lena"), QStringLiteral("Jonas"), QStringLiteral("Mia"), QStringLiteral("Lukas"), QStringLiteral("Hannah"),
          QStringLiteral("Felix"), QStringLiteral("Emma"), QStringLiteral("Leon"), QStringLiteral("Sophie"), QStringLiteral("Paul"),
          QStringLiteral("Marie"), QStringLiteral("Maximilian"), QStringLiteral("Jürgen"), QStringLiteral("Elias"), QStringLiteral("Jörg")},
         {QStringLiteral("Müller"), QStringLiteral("Schmidt"), QStringLiteral("Schneider"), QStringLiteral("Fischer"), QStringLiteral("Weber"),
          QStringLiteral("Meyer"), QStringLiteral("Wagner"), QStringLiteral("Becker"), QStringLiteral("Schröder"), QStringLiteral("Hoffmann"),
          QStringLiteral("Koch"), QStringLiteral("Weiß"), QStringLiteral("Krüger"), QStringLiteral("Zimmermann")},
         {QStringLiteral("Berlin"), QStringLiteral("Hamburg"), QStringLiteral("München"), QStringLiteral("Köln"), QStringLiteral("Leipzig")}},
        {"FR", "fr", "Europe/Paris", "example.fr", "+336", 8,
         {QStringLiteral("Camille"), QStringLiteral("Louis"), QStringLiteral("Léa"), QStringLiteral("Hugo"), QStringLiteral("Chloé"),
          QStringLiteral("Jules"), QStringLiteral("Manon"), QStringLiteral("Gabriel"), QStringLiteral("Inès"), QStringLiteral("Arthur"),
          QStringLiteral("Zoé"), QStringLiteral("Raphaël"), QStringLiteral("Élise"), QStringLiteral("Théo")},
         {QStringLiteral("Martin"), QStringLiteral("Bernard"), QStringLiteral("Dubois"), QStringLiteral("Thomas"), QStringLiteral("Robert"),
          QStringLiteral("Petit"), QStringLiteral("Durand"), QStringLiteral("Leroy"), QStringLiteral("Moreau"), QStringLiteral("Lefèvre"),
          QStringLiteral("Fontaine"), QStringLiteral("Rousseau"), QStringLiteral("Girard")},
         {QStringLiteral("Paris"), QStringLiteral("Lyon"), QStringLiteral("Marseille"), QStringLiteral("Toulouse"), QStringLiteral("Nantes")}},
        {"GB", "en", "Europe/London", "example.co.uk", "+447700", 6,
         {QStringLiteral("Olivia"), QStringLiteral("Jack"), QStringLiteral("Amelia"), QStringLiteral("Harry"), QStringLiteral("Isla"),
          QStringLiteral("Oliver"), QStringLiteral("Ava"), QStringLiteral("George"), QStringLiteral("Emily"), QStringLiteral("Charlie"),
          QStringLiteral("Grace"), QStringLiteral("William"), QStringLiteral("Ella"), QStringLiteral("Henry")},
         {QStringLiteral("Smith"), QStringLiteral("Jones"), QStringLiteral("Taylor"), QStringLiteral("Brown"), QStringLiteral("Williams"),
          QStringLiteral("Wilson"), QStringLiteral("Johnson"), QStringLiteral("Davies"), QStringLiteral("Robinson"), QStringLiteral("Wright"),
          QStringLiteral("Evans"), QStringLiteral("Walker"), QStringLiteral("Green")},
         {QStringLiteral("London"), QStringLiteral("Manchester"), QStringLiteral("Leeds"), QStringLiteral("Bristol"), QStringLiteral("Glasgow")}},
    };
}

// "Jörg Weiß" -> "joerg.weiss": e-mail local parts stay ASCII.
QString mailName(const QString &first, const QString &last)
{
    QString s = (first + QLatin1Char('.') + last).toLower();
    s.replace(QStringLiteral("ä"), QStringLiteral("ae")).replace(QStringLiteral("ö"), QStringLiteral("oe"))
        .replace(QStringLiteral("ü"), QStringLiteral("ue")).replace(QStringLiteral("ß"), QStringLiteral("ss"));
    QString ascii;
    for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128)
            ascii.append(c);
    }
    return ascii;
}

QString digits(QRandomGenerator &random, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s.append(QLatin1Char(char('0' + random.bounded(10))));
    return s;
}

void addWorkspaceObjects(SandboxState &state, qint64 nowMs)
{
    state.groups = {{QString::fromLatin1(DemoSeed::SmsGroupId), QStringLiteral("SMS Marketing"), QStringLiteral("sms")},
                    {QString::fromLatin1(DemoSeed::EmailGroupId), QStringLiteral("Newsletter"), QStringLiteral("email")}};
    const QString created = RequestValidation::isoTime(nowMs - 200LL * 86400000);
    const QString updated = RequestValidation::isoTime(nowMs - 12LL * 86400000);
    int highScorers = 0, newsletter = 0, aiq = 0;
    for (const auto &[id, u] : state.users) {
        highScorers += u.custom.value(QLatin1String("outgrow_quiz_score")).toInt() > 80;
        newsletter += u.groups.value(QString::fromLatin1(DemoSeed::EmailGroupId)).state == QLatin1String("subscribed");
        aiq += u.custom.value(QLatin1String("AIQ_1001_A")).toBool();
    }
    state.segments = {
        {QString::fromLatin1(DemoSeed::HighScorersSegmentId), QStringLiteral("Outgrow high scorers"),
         QStringLiteral("outgrow_quiz_score more than 80"), QStringLiteral("Users who scored above 80"),
         {QStringLiteral("outgrow")}, created, updated, highScorers, QStringLiteral("custom_attribute.outgrow_quiz_score > 80")},
        {QString::fromLatin1(DemoSeed::NewsletterSegmentId), QStringLiteral("Newsletter subscribers"),
         QStringLiteral("Subscription group Newsletter is subscribed"), QStringLiteral("Everyone who reads the newsletter"),
         {QStringLiteral("smartersends")}, created, updated, newsletter,
         QStringLiteral("subscription_group.%1 subscribed").arg(QLatin1String(DemoSeed::EmailGroupId))},
        {QString::fromLatin1(DemoSeed::AiqSegmentId), QStringLiteral("ActionIQ audience 1001, split A"),
         QStringLiteral("AIQ_1001_A is true"), QStringLiteral("Synced from ActionIQ"), {QStringLiteral("actioniq")},
         created, updated, aiq, QStringLiteral("custom_attribute.AIQ_1001_A is true")},
        {QString::fromLatin1(DemoSeed::AllUsersSegmentId), QStringLiteral("All users"), QStringLiteral("All users"),
         QString(), {}, created, updated, int(state.users.size()), QString()},
    };
    // transactional, enabled, archived, tags, createdAt, lastEdited follow the variations.
    state.campaigns = {
        {QString::fromLatin1(DemoSeed::NewsletterCampaignId), QStringLiteral("SmarterSends spring newsletter"), false,
         QString::fromLatin1(DemoSeed::NewsletterSegmentId),
         {{QString::fromLatin1(DemoSeed::VariationGroupA), QStringLiteral("Group A"), QStringLiteral("email")},
          {QString::fromLatin1(DemoSeed::VariationGroupB), QStringLiteral("Group B"), QStringLiteral("email")}},
         false, true, false, {QStringLiteral("smartersends"), QStringLiteral("newsletter")}, QString(), QString()},
        {QString::fromLatin1(DemoSeed::TriggeredCampaignId), QStringLiteral("ActionIQ triggered offer"), true,
         QString::fromLatin1(DemoSeed::AiqSegmentId),
         {{QString::fromLatin1(DemoSeed::VariationOfferEmail), QStringLiteral("Offer e-mail"), QStringLiteral("email")},
          {QString::fromLatin1(DemoSeed::VariationOfferSms), QStringLiteral("Offer SMS"), QStringLiteral("sms")},
          {QString::fromLatin1(DemoSeed::VariationOfferWebhook), QStringLiteral("Offer webhook"), QStringLiteral("webhook")}},
         false, true, false, {QStringLiteral("actioniq")}, QString(), QString()},
        {QString::fromLatin1(DemoSeed::TransactionalCampaignId), QStringLiteral("Order confirmation"), false, QString(), {},
         true, true, false, {}, QString(), QString()},
    };
    state.campaigns[2].tags = {QStringLiteral("transactional")};
    for (qsizetype i = 0; i < state.campaigns.size(); ++i) {
        state.campaigns[i].createdAt = RequestValidation::isoTime(nowMs - (180 - 10 * i) * 86400000LL);
        state.campaigns[i].lastEdited = updated;
    }
}

// Braze-side content: Canvases, Content Blocks, an e-mail template, a catalog, a scheduled
// broadcast, tags, and a few addresses on the e-mail and SMS lists.
void addContent(SandboxState &state, qint64 nowMs)
{
    const QString created = RequestValidation::isoTime(nowMs - 90LL * 86400000);
    const QString edited = RequestValidation::isoTime(nowMs - 5LL * 86400000);
    state.tags = {QStringLiteral("actioniq"), QStringLiteral("newsletter"), QStringLiteral("onboarding"), QStringLiteral("outgrow"),
                  QStringLiteral("smartersends"), QStringLiteral("spring"), QStringLiteral("transactional")};
    state.canvases = {
        {QString::fromLatin1(DemoSeed::OnboardingCanvasId), QStringLiteral("ActionIQ onboarding journey"),
         QStringLiteral("Entered by ActionIQ through the API"), true, true, false, {QStringLiteral("actioniq"), QStringLiteral("onboarding")},
         created, edited, {QStringLiteral("email"), QStringLiteral("sms")}},
        {QString::fromLatin1(DemoSeed::SpringCanvasId), QStringLiteral("Spring sale journey"), QStringLiteral("Scheduled in the dashboard"),
         false, true, false, {QStringLiteral("spring")}, created, edited, {QStringLiteral("email")}},
    };
    state.contentBlocks = {
        {QString::fromLatin1(DemoSeed::FooterBlockId), QStringLiteral("newsletter_footer"), QStringLiteral("Legal footer of every newsletter"),
         QStringLiteral("<p>{{${first_name} | default: 'Hello'}}, you receive this because you subscribed.</p>\n"
                        "<p><a href=\"{{${set_user_to_unsubscribed_url}}}\">Unsubscribe</a></p>"),
         QStringLiteral("html"), QStringLiteral("active"), {QStringLiteral("newsletter")}, created, edited},
        {QString::fromLatin1(DemoSeed::OfferBlockId), QStringLiteral("spring_offer"), QStringLiteral("This week's offer, by loyalty points"),
         QStringLiteral("{% if custom_attribute.${loyalty_points} > 1000 %}20 % off your spring box{% else %}10 % off your spring box{% endif %}"),
         QStringLiteral("text"), QStringLiteral("active"), {QStringLiteral("spring")}, created, edited},
    };
    state.emailTemplates = {
        {QString::fromLatin1(DemoSeed::NewsletterTemplateId), QStringLiteral("Spring newsletter"), QStringLiteral("SmarterSends layout"),
         QStringLiteral("Spring is here, {{${first_name} | default: 'friend'}}"), QStringLiteral("{{content_blocks.${spring_offer}}}"),
         QStringLiteral("<html><body><h1>Spring news</h1><p>{{content_blocks.${spring_offer}}}</p>{{content_blocks.${newsletter_footer}}}</body></html>"),
         QStringLiteral("Spring news. {{content_blocks.${spring_offer}}}"), true, {QStringLiteral("newsletter")}, created, edited},
    };
    Catalog catalog;
    catalog.name = QLatin1String(DemoSeed::ProductCatalog);
    catalog.description = QStringLiteral("Spring shop products");
    catalog.fields = {{QStringLiteral("id"), QStringLiteral("string")}, {QStringLiteral("name"), QStringLiteral("string")},
                      {QStringLiteral("price"), QStringLiteral("number")}, {QStringLiteral("in_stock"), QStringLiteral("boolean")},
                      {QStringLiteral("image_link"), QStringLiteral("string")}};
    const QStringList kinds{QStringLiteral("Tulip box"), QStringLiteral("Herb garden"), QStringLiteral("Picnic set"),
                            QStringLiteral("Rain jacket"), QStringLiteral("Seed kit"), QStringLiteral("Garden gloves")};
    // 60 products: more than one page of 50, so the Link header shows.
    for (int i = 1; i <= 60; ++i) {
        const QString id = QStringLiteral("product_%1").arg(i, 3, 10, QLatin1Char('0'));
        catalog.items.append({{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("%1 %2").arg(kinds.at(i % kinds.size())).arg(i)},
                              {QStringLiteral("price"), 9.9 + i}, {QStringLiteral("in_stock"), i % 7 != 0},
                              {QStringLiteral("image_link"), QStringLiteral("https://shop.example/img/%1.png").arg(id)}});
    }
    catalog.updatedAt = edited;
    state.catalogs = {catalog};
    state.scheduledBroadcasts = {
        {QString::fromLatin1(DemoSeed::SpringCanvasId), QStringLiteral("Spring sale journey"), QStringLiteral("Canvas"),
         {QStringLiteral("spring")}, RequestValidation::isoTime((nowMs / 86400000 + 3) * 86400000 + 9 * 3600000LL),
         QStringLiteral("local_time_zones")},
    };
    // A few addresses on Braze's lists, taken from the generated profiles.
    int picked = 0;
    for (const auto &[id, u] : state.users) {
        const qint64 at = nowMs - qint64(picked + 1) * 86400000 * 3;
        if (picked < 3 && !u.email.isEmpty() && u.email != QLatin1String(DemoSeed::SharedEmail))
            state.hardBounces.append({u.email, at, {}});
        else if (picked == 3)
            state.spamReports.append({u.email, at, {}});
        else if (picked == 4 && !u.phone.isEmpty())
            state.invalidPhones.append({u.phone, at, QStringLiteral("deactivated")});
        else if (picked > 4)
            break;
        ++picked;
    }
}

} // namespace

SandboxState DemoSeed::empty()
{
    SandboxState state;
    state.keys = ApiKeyTable::demo();
    return state;
}

SandboxState DemoSeed::demo(qint64 nowMs)
{
    SandboxState state = empty();
    QRandomGenerator random(20261123);
    const QList<Locale> all = locales();
    const QStringList segmentsOutgrow{QStringLiteral("beginner"), QStringLiteral("enthusiast"), QStringLiteral("pro")};
    const QStringList genders{QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("O"), QStringLiteral("P")};

    for (int i = 0; i < 200; ++i) {
        const Locale &loc = all.at(i % all.size());
        const QString first = loc.firstNames.at(random.bounded(int(loc.firstNames.size())));
        const QString last = loc.lastNames.at(random.bounded(int(loc.lastNames.size())));
        const qint64 created = nowMs - qint64(random.bounded(400)) * 86400000 - qint64(random.bounded(86400)) * 1000;
        SandboxUser &u = state.createUser(created, 0);
        u.updatedAtMs = created + qint64(random.bounded(86400)) * 1000;
        // Every twelfth profile is alias-only, as an e-mail capture creates it.
        const bool aliasOnly = i % 12 == 11;
        u.email = mailName(first, last) + QString::number(i) + QLatin1Char('@') + QLatin1String(loc.mailDomain);
        if (i >= 10 && i <= 12)
            u.email = QLatin1String(SharedEmail);
        // A few profiles have no e-mail address (signed up by SMS or in store): what a webhook that
        // needs one must be previewed against (the audience preview names them).
        if (i % 40 == 17)
            u.email.clear();
        if (aliasOnly)
            u.aliases << UserAlias{u.email, QStringLiteral("email")};
        else
            state.setExternalId(u, QStringLiteral("user_%1").arg(i + 1, 4, 10, QLatin1Char('0')));
        if (random.bounded(10) < 8)
            u.phone = QLatin1String(loc.phonePrefix) + (QLatin1String(loc.country) == QLatin1String("GB") ? QStringLiteral("900") + digits(random, 3)
                                                                                                        : digits(random, loc.phoneDigits));
        u.standard = {{QStringLiteral("first_name"), first}, {QStringLiteral("last_name"), last},
                      {QStringLiteral("country"), QLatin1String(loc.country)}, {QStringLiteral("language"), QLatin1String(loc.language)},
                      {QStringLiteral("time_zone"), QLatin1String(loc.timeZone)},
                      {QStringLiteral("home_city"), loc.cities.at(random.bounded(int(loc.cities.size())))},
                      {QStringLiteral("gender"), genders.at(random.bounded(int(genders.size())))},
                      {QStringLiteral("dob"), QStringLiteral("%1-%2-%3").arg(1950 + random.bounded(55))
                                                  .arg(1 + random.bounded(12), 2, 10, QLatin1Char('0')).arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))},
                      {QStringLiteral("email_subscribe"), random.bounded(5) == 0 ? QStringLiteral("opted_in") : QStringLiteral("subscribed")}};
        if (random.bounded(10) < 6) {
            u.custom.insert(QStringLiteral("outgrow_quiz_score"), random.bounded(101));
            u.custom.insert(QStringLiteral("outgrow_custom_segment"), segmentsOutgrow.at(random.bounded(3)));
        }
        if (random.bounded(10) < 5) {
            const bool splitA = random.bounded(2) == 0;
            u.custom.insert(QStringLiteral("AIQ_1001_A"), splitA);
            u.custom.insert(QStringLiteral("AIQ_1001_B"), !splitA);
        }
        if (random.bounded(10) < 3)
            u.custom.insert(QStringLiteral("AIQ_2002_A"), true);
        u.custom.insert(QStringLiteral("loyalty_points"), random.bounded(2000));
        if (random.bounded(10) < 4)
            u.groups.insert(QLatin1String(EmailGroupId), {random.bounded(6) ? QStringLiteral("subscribed") : QStringLiteral("unsubscribed"), {}, u.updatedAtMs, 0});
        if (!u.phone.isEmpty() && random.bounded(10) < 3)
            u.groups.insert(QLatin1String(SmsGroupId), {random.bounded(5) ? QStringLiteral("subscribed") : QStringLiteral("unsubscribed"), {}, u.updatedAtMs, 0});
        if (random.bounded(10) < 3) {
            u.events.add({QStringLiteral("quikly_activation_joined"), RequestValidation::isoTime(u.updatedAtMs),
                             {{QStringLiteral("q_scope"), QStringLiteral("spring")}}});
        }
        if (u.custom.contains(QLatin1String("outgrow_quiz_score")))
            u.events.add({QStringLiteral("outgrow_quiz_completed"), RequestValidation::isoTime(u.updatedAtMs), {}});
        if (random.bounded(10) < 2) {
            u.purchases.add({QStringLiteral("spring_box"), QStringLiteral("EUR"), 29.90, 1 + int(random.bounded(3)),
                             RequestValidation::isoTime(u.updatedAtMs), {{QStringLiteral("size"), QStringLiteral("M")}}});
        }
    }
    addWorkspaceObjects(state, nowMs);
    addContent(state, nowMs);
    return state;
}

} // namespace Sandbox
