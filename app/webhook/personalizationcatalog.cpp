#include "webhook/personalizationcatalog.h"

#include <QCoreApplication>

namespace Webhook::PersonalizationCatalog {

namespace {

// lupdate and the runtime agree on this context because both read it from the macro.
struct CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(Webhook::PersonalizationCatalog)
};

PersonalizationTag make(PersonalizationTag::Group group, const QString &ns, const QString &name)
{
    const QString path = ns.isEmpty() ? QStringLiteral("${%1}").arg(name) : QStringLiteral("%1.${%2}").arg(ns, name);
    return {group, name, QStringLiteral("{{%1}}").arg(path)};
}

} // namespace

QList<PersonalizationTag> standardTags()
{
    QList<PersonalizationTag> tags;
    for (const char *name : {"first_name", "last_name", "email_address", "phone_number", "user_id", "braze_id", "city",
                             "country", "date_of_birth", "gender", "language", "time_zone", "most_recent_locale",
                             "most_recent_location", "most_recent_app_version", "last_used_app_date",
                             "random_bucket_number"})
        tags.append(make(PersonalizationTag::Group::Standard, QString(), QLatin1String(name)));
    tags.append(make(PersonalizationTag::Group::Standard, QStringLiteral("subscribed_state"), QStringLiteral("email_global")));
    for (const char *name : {"browser", "id", "carrier", "ad_tracking_enabled", "idfa", "google_ad_id", "roku_ad_id",
                             "model", "os", "platform", "foreground_push_enabled"})
        tags.append(make(PersonalizationTag::Group::Device, QStringLiteral("most_recently_used_device"), QLatin1String(name)));
    for (const char *name : {"api_id", "dispatch_id", "name", "message_name", "message_api_id"})
        tags.append(make(PersonalizationTag::Group::Campaign, QStringLiteral("campaign"), QLatin1String(name)));
    for (const char *name : {"name", "api_id", "variant_name", "variant_api_id"})
        tags.append(make(PersonalizationTag::Group::Campaign, QStringLiteral("canvas"), QLatin1String(name)));
    return tags;
}

PersonalizationTag customAttribute(const QString &name)
{
    return make(PersonalizationTag::Group::CustomAttribute, QStringLiteral("custom_attribute"), name);
}

PersonalizationTag eventProperty(const QString &name)
{
    return make(PersonalizationTag::Group::EventProperty, QStringLiteral("event_properties"), name);
}

PersonalizationTag canvasEntryProperty(const QString &name)
{
    return make(PersonalizationTag::Group::CanvasEntry, QStringLiteral("canvas_entry_properties"), name);
}

PersonalizationTag apiTriggerProperty(const QString &name)
{
    return make(PersonalizationTag::Group::ApiTrigger, QStringLiteral("api_trigger_properties"), name);
}

QString groupTitle(PersonalizationTag::Group group)
{
    switch (group) {
    case PersonalizationTag::Group::Standard: return CatalogText::tr("Standard attributes");
    case PersonalizationTag::Group::Device: return CatalogText::tr("Most recently used device");
    case PersonalizationTag::Group::CustomAttribute: return CatalogText::tr("Custom attributes");
    case PersonalizationTag::Group::EventProperty: return CatalogText::tr("Event properties");
    case PersonalizationTag::Group::CanvasEntry: return CatalogText::tr("Canvas entry properties");
    case PersonalizationTag::Group::ApiTrigger: return CatalogText::tr("API trigger properties");
    case PersonalizationTag::Group::Campaign: return CatalogText::tr("Campaign and Canvas");
    }
    return {};
}

QStringList completionWords(const QStringList &customAttributes, const QStringList &eventProperties)
{
    QStringList words;
    for (const PersonalizationTag &tag : standardTags())
        words.append(tag.liquid.mid(2, tag.liquid.size() - 4));
    for (const QString &name : customAttributes)
        words.append(QStringLiteral("custom_attribute.${%1}").arg(name));
    for (const QString &name : eventProperties)
        words.append(QStringLiteral("event_properties.${%1}").arg(name));
    for (const char *filter : {"default", "json_escape", "url_param_escape", "url_escape", "upcase", "downcase",
                               "capitalize", "strip", "date", "plus", "minus", "times", "divided_by", "append",
                               "prepend", "replace", "split", "join", "size", "md5", "sha1", "sha2", "base64_encode",
                               "hmac_sha256", "time_zone", "as_json_string", "json_parse", "number_with_delimiter"})
        words.append(QLatin1String(filter));
    for (const char *tag : {"abort_message", "connected_content", "assign", "capture", "if", "else", "elsif", "endif",
                            "unless", "case", "when", "for", "endfor"})
        words.append(QLatin1String(tag));
    words.removeDuplicates();
    words.sort(Qt::CaseInsensitive);
    return words;
}

} // namespace Webhook::PersonalizationCatalog
