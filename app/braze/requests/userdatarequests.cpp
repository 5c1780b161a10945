#include "braze/requests/userdatarequests.h"

#include "braze/requests/requestbuilding.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Braze {

using namespace RequestBuilding;

namespace {

constexpr int MaxCustomAttributes = 500;

QJsonObject mergeIdentifier(ValidationIssues &issues, const QString &field, const UserIdentifier &user, const QStringList &prioritization)
{
    checkIdentifier(issues, field, user);
    QJsonObject object;
    switch (user.kind()) {
    case UserIdentifier::Kind::ExternalId: object.insert(QStringLiteral("external_id"), user.value()); break;
    case UserIdentifier::Kind::Alias: object.insert(QStringLiteral("user_alias"), user.aliasObject()); break;
    case UserIdentifier::Kind::Email:
    case UserIdentifier::Kind::Phone:
        object.insert(user.kind() == UserIdentifier::Kind::Email ? QStringLiteral("email") : QStringLiteral("phone"), user.value());
        if (const QString problem = prioritizationProblem(prioritization); !problem.isEmpty())
            issues.append({field + QStringLiteral(".prioritization"), problem});
        object.insert(QStringLiteral("prioritization"), QJsonArray::fromStringList(prioritization));
        break;
    default:
        issues.append({field, QCoreApplication::translate("Validation", "A merge names a user by external ID, alias, e-mail address or phone number.")});
    }
    return object;
}

} // namespace

PreparedRequest prepare(const MergeRequest &request)
{
    ValidationIssues issues;
    checkCount(issues, Endpoint::UsersMerge, QStringLiteral("merge_updates"), request.updates.size());
    if (request.updates.isEmpty())
        issues.append({QStringLiteral("merge_updates"), QCoreApplication::translate("Validation", "Name at least one pair of users to merge.")});
    QJsonArray updates;
    for (qsizetype i = 0; i < request.updates.size(); ++i) {
        const MergeUpdate &u = request.updates.at(i);
        const QString field = QStringLiteral("merge_updates[%1]").arg(i);
        if (u.toMerge == u.toKeep)
            issues.append({field, QCoreApplication::translate("Validation", "A user cannot be merged into itself.")});
        updates.append(QJsonObject{
            {QStringLiteral("identifier_to_merge"), mergeIdentifier(issues, field + QStringLiteral(".identifier_to_merge"), u.toMerge, u.mergePrioritization)},
            {QStringLiteral("identifier_to_keep"), mergeIdentifier(issues, field + QStringLiteral(".identifier_to_keep"), u.toKeep, u.keepPrioritization)}});
    }
    return jsonRequest(Endpoint::UsersMerge, {{QStringLiteral("merge_updates"), updates}}, issues);
}

PreparedRequest prepare(const AliasUpdateRequest &request)
{
    ValidationIssues issues;
    checkCount(issues, Endpoint::UsersAliasUpdate, QStringLiteral("alias_updates"), request.updates.size());
    QJsonArray updates;
    for (qsizetype i = 0; i < request.updates.size(); ++i) {
        const AliasUpdate &u = request.updates.at(i);
        const QString field = QStringLiteral("alias_updates[%1]").arg(i);
        requireText(issues, field + QStringLiteral(".alias_label"), u.label);
        requireText(issues, field + QStringLiteral(".old_alias_name"), u.oldName);
        requireText(issues, field + QStringLiteral(".new_alias_name"), u.newName);
        updates.append(QJsonObject{{QStringLiteral("alias_label"), u.label}, {QStringLiteral("old_alias_name"), u.oldName},
                                   {QStringLiteral("new_alias_name"), u.newName}});
    }
    return jsonRequest(Endpoint::UsersAliasUpdate, {{QStringLiteral("alias_updates"), updates}}, issues);
}

PreparedRequest prepare(const ExternalIdRenameRequest &request)
{
    ValidationIssues issues;
    checkCount(issues, Endpoint::UsersExternalIdsRename, QStringLiteral("external_id_renames"), request.renames.size());
    if (request.renames.isEmpty())
        issues.append({QStringLiteral("external_id_renames"), QCoreApplication::translate("Validation", "Name at least one external ID to rename.")});
    QJsonArray renames;
    for (qsizetype i = 0; i < request.renames.size(); ++i) {
        const ExternalIdRename &r = request.renames.at(i);
        const QString field = QStringLiteral("external_id_renames[%1]").arg(i);
        checkIdentifier(issues, field + QStringLiteral(".current_external_id"), UserIdentifier::externalId(r.currentExternalId));
        checkIdentifier(issues, field + QStringLiteral(".new_external_id"), UserIdentifier::externalId(r.newExternalId));
        if (r.currentExternalId == r.newExternalId)
            issues.append({field, QCoreApplication::translate("Validation", "The new external ID must differ from the current one.")});
        renames.append(QJsonObject{{QStringLiteral("current_external_id"), r.currentExternalId},
                                   {QStringLiteral("new_external_id"), r.newExternalId}});
    }
    return jsonRequest(Endpoint::UsersExternalIdsRename, {{QStringLiteral("external_id_renames"), renames}}, issues);
}

PreparedRequest prepare(const ExternalIdRemoveRequest &request)
{
    ValidationIssues issues;
    checkCount(issues, Endpoint::UsersExternalIdsRemove, QStringLiteral("external_ids"), request.deprecatedExternalIds.size());
    if (request.deprecatedExternalIds.isEmpty())
        issues.append({QStringLiteral("external_ids"), QCoreApplication::translate("Validation", "Name at least one deprecated external ID to remove.")});
    for (qsizetype i = 0; i < request.deprecatedExternalIds.size(); ++i)
        requireText(issues, QStringLiteral("external_ids[%1]").arg(i), request.deprecatedExternalIds.at(i));
    return jsonRequest(Endpoint::UsersExternalIdsRemove, {{QStringLiteral("external_ids"), toJsonArray(request.deprecatedExternalIds)}}, issues);
}

PreparedRequest prepare(const SegmentExportRequest &request)
{
    const bool segment = !request.segmentId.isEmpty();
    ValidationIssues issues;
    QJsonObject body;
    if (segment)
        body.insert(QStringLiteral("segment_id"), request.segmentId);
    if (request.fieldsToExport.isEmpty())
        issues.append({QStringLiteral("fields_to_export"), QCoreApplication::translate("Validation", "Choose the fields to export; Braze requires them.")});
    body.insert(QStringLiteral("fields_to_export"), toJsonArray(request.fieldsToExport));
    if (!request.customAttributesToExport.isEmpty()) {
        if (!segment)
            issues.append({QStringLiteral("custom_attributes_to_export"), QCoreApplication::translate("Validation", "The global control group export cannot pick single custom attributes; export “custom_attributes”.")});
        if (request.customAttributesToExport.size() > MaxCustomAttributes)
            issues.append({QStringLiteral("custom_attributes_to_export"), QCoreApplication::translate("Validation", "At most 500 custom attributes can be exported by name.")});
        body.insert(QStringLiteral("custom_attributes_to_export"), toJsonArray(request.customAttributesToExport));
    }
    if (!request.callbackEndpoint.isEmpty()) {
        const QUrl url(request.callbackEndpoint, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            issues.append({QStringLiteral("callback_endpoint"), QCoreApplication::translate("Validation", "The callback must be an http or https URL.")});
        body.insert(QStringLiteral("callback_endpoint"), request.callbackEndpoint);
    }
    return jsonRequest(segment ? Endpoint::UsersExportSegment : Endpoint::UsersExportGlobalControlGroup, body, issues);
}

} // namespace Braze
