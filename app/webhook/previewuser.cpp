#include "webhook/previewuser.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Webhook {

namespace {

const QString EventProperties = QStringLiteral("event_properties");
const QString CanvasEntryProperties = QStringLiteral("canvas_entry_properties");
const QString ApiTriggerProperties = QStringLiteral("api_trigger_properties");

// Liquid tag name -> field of the exported profile (braze-liquid.md §3.1).
const QList<std::pair<QString, QString>> &standardFields()
{
    static const QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("first_name"), QStringLiteral("first_name")},
        {QStringLiteral("last_name"), QStringLiteral("last_name")},
        {QStringLiteral("email_address"), QStringLiteral("email")},
        {QStringLiteral("phone_number"), QStringLiteral("phone")},
        {QStringLiteral("user_id"), QStringLiteral("external_id")},
        {QStringLiteral("braze_id"), QStringLiteral("braze_id")},
        {QStringLiteral("city"), QStringLiteral("home_city")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("date_of_birth"), QStringLiteral("dob")},
        {QStringLiteral("gender"), QStringLiteral("gender")},
        {QStringLiteral("language"), QStringLiteral("language")},
        {QStringLiteral("time_zone"), QStringLiteral("time_zone")},
        {QStringLiteral("random_bucket_number"), QStringLiteral("random_bucket")},
        {QStringLiteral("most_recent_locale"), QStringLiteral("most_recent_locale")},
        {QStringLiteral("most_recent_location"), QStringLiteral("last_coordinates")},
    };
    return fields;
}

bool isPresent(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().isEmpty());
}

// The device the user used last: the first of `devices`, with Braze's tag names.
Liquid::Value lastDevice(const QJsonObject &profile)
{
    const QJsonArray devices = profile.value(QStringLiteral("devices")).toArray();
    const QJsonObject device = devices.isEmpty() ? QJsonObject() : devices.first().toObject();
    Liquid::Object object;
    const QList<std::pair<QString, QString>> keys = {
        {QStringLiteral("id"), QStringLiteral("device_id")}, {QStringLiteral("browser"), QStringLiteral("browser")},
        {QStringLiteral("carrier"), QStringLiteral("carrier")}, {QStringLiteral("ad_tracking_enabled"), QStringLiteral("ad_tracking_enabled")},
        {QStringLiteral("idfa"), QStringLiteral("idfa")}, {QStringLiteral("google_ad_id"), QStringLiteral("google_ad_id")},
        {QStringLiteral("roku_ad_id"), QStringLiteral("roku_ad_id")}, {QStringLiteral("model"), QStringLiteral("model")},
        {QStringLiteral("os"), QStringLiteral("os")}, {QStringLiteral("platform"), QStringLiteral("platform")},
        {QStringLiteral("foreground_push_enabled"), QStringLiteral("foreground_push_enabled")}};
    for (const auto &[tag, field] : keys)
        object.insert(tag, Liquid::Value::fromJson(device.value(field)));
    return Liquid::Value(std::move(object));
}

} // namespace

bool PreviewUser::fromJson(const QJsonObject &object, PreviewUser *user, QString *error)
{
    QJsonObject source = object;
    if (object.value(QStringLiteral("users")).isArray()) {
        const QJsonArray users = object.value(QStringLiteral("users")).toArray();
        if (users.isEmpty() || !users.first().isObject()) {
            if (error)
                *error = QCoreApplication::translate("PreviewUser", "The export lists no user.");
            return false;
        }
        source = users.first().toObject();
    }
    PreviewUser result;
    result.profile = source;
    for (const QString *key : {&EventProperties, &CanvasEntryProperties, &ApiTriggerProperties}) {
        const QJsonValue value = result.profile.take(*key);
        if (!value.isUndefined() && !value.isNull() && !value.isObject()) {
            if (error)
                *error = QCoreApplication::translate("PreviewUser", "“%1” must be a JSON object.").arg(*key);
            return false;
        }
    }
    result.eventProperties = source.value(EventProperties).toObject();
    result.canvasEntryProperties = source.value(CanvasEntryProperties).toObject();
    result.apiTriggerProperties = source.value(ApiTriggerProperties).toObject();
    *user = result;
    return true;
}

QJsonObject PreviewUser::toJson() const
{
    QJsonObject object = profile;
    if (!eventProperties.isEmpty())
        object.insert(EventProperties, eventProperties);
    if (!canvasEntryProperties.isEmpty())
        object.insert(CanvasEntryProperties, canvasEntryProperties);
    if (!apiTriggerProperties.isEmpty())
        object.insert(ApiTriggerProperties, apiTriggerProperties);
    return object;
}

Liquid::Value PreviewUser::toLiquidData() const
{
    Liquid::Object data;
    // Absent fields stay undefined so the preview can list what the user lacks.
    for (const auto &[tag, field] : standardFields()) {
        // A custom user may also be typed with the tag names themselves (email_address, user_id).
        const QJsonValue value = isPresent(profile.value(field)) ? profile.value(field) : profile.value(tag);
        if (isPresent(value))
            data.insert(tag, Liquid::Value::fromJson(value));
    }
    const QJsonArray apps = profile.value(QStringLiteral("apps")).toArray();
    if (!apps.isEmpty()) {
        const QJsonObject app = apps.first().toObject();
        data.insert(QStringLiteral("most_recent_app_version"), Liquid::Value::fromJson(app.value(QStringLiteral("version"))));
        data.insert(QStringLiteral("last_used_app_date"), Liquid::Value::fromJson(app.value(QStringLiteral("last_used"))));
    }
    data.insert(QStringLiteral("custom_attribute"), Liquid::Value::fromJson(profile.value(QStringLiteral("custom_attributes")).toObject()));
    Liquid::Object subscribed;
    if (isPresent(profile.value(QStringLiteral("email_subscribe"))))
        subscribed.insert(QStringLiteral("email_global"), Liquid::Value::fromJson(profile.value(QStringLiteral("email_subscribe"))));
    data.insert(QStringLiteral("subscribed_state"), Liquid::Value(std::move(subscribed)));
    data.insert(QStringLiteral("most_recently_used_device"), lastDevice(profile));
    data.insert(EventProperties, Liquid::Value::fromJson(eventProperties));
    data.insert(CanvasEntryProperties, Liquid::Value::fromJson(canvasEntryProperties));
    data.insert(ApiTriggerProperties, Liquid::Value::fromJson(apiTriggerProperties));
    // Braze's FAQ also spells the trigger payload api_triggered_property (braze-liquid.md §3.2).
    data.insert(QStringLiteral("api_triggered_property"), Liquid::Value::fromJson(apiTriggerProperties));
    return Liquid::Value(std::move(data));
}

QStringList PreviewUser::customAttributeNames() const
{
    return profile.value(QStringLiteral("custom_attributes")).toObject().keys();
}

QStringList PreviewUser::eventPropertyNames() const
{
    return eventProperties.keys();
}

QString PreviewUser::displayName() const
{
    for (const char *field : {"external_id", "email", "phone", "braze_id"}) {
        const QString value = profile.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            return value;
    }
    return QCoreApplication::translate("PreviewUser", "anonymous user");
}

} // namespace Webhook
