#include "sandbox/sandboxconfig.h"

#include <QCoreApplication>
#include <QUrl>

namespace Sandbox {

QJsonObject SandboxConfig::toJson() const
{
    return {{QStringLiteral("rate_scale"), rateScale},
            {QStringLiteral("track_limit_mode"), trackLimitMode},
            {QStringLiteral("profile_ready_delay_ms"), double(profileReadyDelayMs)},
            {QStringLiteral("double_opt_in_event"), doubleOptInEvent},
            {QStringLiteral("double_opt_in_group_id"), doubleOptInGroupId},
            {QStringLiteral("double_opt_in_delay_ms"), double(doubleOptInDelayMs)},
            {QStringLiteral("accept_legacy_api_key"), acceptLegacyApiKey},
            {QStringLiteral("require_fields_to_export"), requireFieldsToExport},
            {QStringLiteral("max_body_bytes"), double(maxBodyBytes)},
            {QStringLiteral("export_ready_delay_ms"), double(exportReadyDelayMs)},
            {QStringLiteral("transactional_postback_url"), transactionalPostbackUrl}};
}

QString SandboxConfig::apply(const QJsonObject &o)
{
    const auto bad = [](const char *key) {
        return QCoreApplication::translate("SandboxConfig", "The setting '%1' has a value of the wrong type or range.")
            .arg(QLatin1String(key));
    };
    const auto number = [&](const char *key, double min, auto &target) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() < min)
            return false;
        target = static_cast<std::remove_reference_t<decltype(target)>>(v.toDouble());
        return true;
    };
    const auto text = [&](const char *key, QString &target) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return false;
        target = v.toString();
        return true;
    };
    const auto flag = [&](const char *key, bool &target) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return false;
        target = v.toBool();
        return true;
    };
    SandboxConfig next = *this;
    if (!number("rate_scale", 0.000001, next.rateScale))
        return bad("rate_scale");
    if (!text("track_limit_mode", next.trackLimitMode)
        || !QStringList{QStringLiteral("per_array_75"), QStringLiteral("combined_75"), QStringLiteral("combined_50")}
                .contains(next.trackLimitMode))
        return bad("track_limit_mode");
    if (!number("profile_ready_delay_ms", 0, next.profileReadyDelayMs))
        return bad("profile_ready_delay_ms");
    if (!text("double_opt_in_event", next.doubleOptInEvent))
        return bad("double_opt_in_event");
    if (!text("double_opt_in_group_id", next.doubleOptInGroupId))
        return bad("double_opt_in_group_id");
    if (!number("double_opt_in_delay_ms", 0, next.doubleOptInDelayMs))
        return bad("double_opt_in_delay_ms");
    if (!flag("accept_legacy_api_key", next.acceptLegacyApiKey))
        return bad("accept_legacy_api_key");
    if (!flag("require_fields_to_export", next.requireFieldsToExport))
        return bad("require_fields_to_export");
    if (!number("max_body_bytes", 1, next.maxBodyBytes))
        return bad("max_body_bytes");
    if (!number("export_ready_delay_ms", 0, next.exportReadyDelayMs))
        return bad("export_ready_delay_ms");
    if (!text("transactional_postback_url", next.transactionalPostbackUrl)
        || (!next.transactionalPostbackUrl.isEmpty() && !QUrl(next.transactionalPostbackUrl, QUrl::StrictMode).isValid()))
        return bad("transactional_postback_url");
    *this = next;
    return {};
}

} // namespace Sandbox
