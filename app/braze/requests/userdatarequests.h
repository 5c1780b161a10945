#pragma once

#include "braze/apirequest.h"
#include "braze/useridentifier.h"

#include <QList>
#include <QStringList>

// Typed calls of the user data endpoints of braze-api-more.md §4: merging profiles, renaming
// and removing external ids, updating aliases and exporting a segment or the global control
// group. At most 50 items per call, checked before sending.
namespace Braze {

struct MergeUpdate
{
    UserIdentifier toMerge;         // external id, alias, e-mail or phone
    QStringList mergePrioritization;// required with e-mail or phone
    UserIdentifier toKeep;
    QStringList keepPrioritization;
};

struct MergeRequest
{
    QList<MergeUpdate> updates;
};

struct AliasUpdate
{
    QString label;
    QString oldName;
    QString newName;
};

struct AliasUpdateRequest
{
    QList<AliasUpdate> updates;
};

struct ExternalIdRename
{
    QString currentExternalId;      // the primary id, not a deprecated one
    QString newExternalId;
};

struct ExternalIdRenameRequest
{
    QList<ExternalIdRename> renames;
};

struct ExternalIdRemoveRequest
{
    QStringList deprecatedExternalIds;
};

// /users/export/segment (segmentId set) or /users/export/global_control_group (empty).
struct SegmentExportRequest
{
    QString segmentId;
    QStringList fieldsToExport;     // required for workspaces created since April 2021
    QStringList customAttributesToExport;   // segment exports only, up to 500
    QString callbackEndpoint;
};

PreparedRequest prepare(const MergeRequest &request);
PreparedRequest prepare(const AliasUpdateRequest &request);
PreparedRequest prepare(const ExternalIdRenameRequest &request);
PreparedRequest prepare(const ExternalIdRemoveRequest &request);
PreparedRequest prepare(const SegmentExportRequest &request);

} // namespace Braze
