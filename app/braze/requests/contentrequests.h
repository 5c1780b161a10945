#pragma once

#include "braze/apirequest.h"

#include <QStringList>
#include <optional>

// Typed calls of the Content Block and e-mail template endpoints (braze-api-more.md §7), with
// Braze's rules checked before sending: names of letters, digits, '-' and '_' under 100
// characters, descriptions under 250, content under 50 KB, state active or draft, list limits
// up to 1,000.
namespace Braze {

struct ContentBlockListQuery
{
    QString modifiedAfter;  // ISO 8601, optional
    QString modifiedBefore;
    int limit = 100;        // 1-1000
    int offset = 0;
};

struct ContentBlockInfoQuery
{
    QString contentBlockId;
    bool includeInclusionData = false;
};

// Create (no contentBlockId) or update (with it). Unset fields are not sent.
struct ContentBlockWrite
{
    QString contentBlockId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> content;
    std::optional<QString> state;       // "active" | "draft"
    std::optional<QStringList> tags;    // must exist in the workspace
};

struct EmailTemplateListQuery
{
    QString modifiedAfter;
    QString modifiedBefore;
    int limit = 100;
    int offset = 0;
};

struct EmailTemplateInfoQuery
{
    QString emailTemplateId;
};

// Create (no emailTemplateId: name, subject and body required) or update (the id and at least
// one field).
struct EmailTemplateWrite
{
    QString emailTemplateId;
    std::optional<QString> templateName;
    std::optional<QString> subject;
    std::optional<QString> body;
    std::optional<QString> plaintextBody;
    std::optional<QString> preheader;
    std::optional<QStringList> tags;
    std::optional<bool> shouldInlineCss;
};

PreparedRequest prepare(const ContentBlockListQuery &query);
PreparedRequest prepare(const ContentBlockInfoQuery &query);
PreparedRequest prepare(const ContentBlockWrite &write);
PreparedRequest prepare(const EmailTemplateListQuery &query);
PreparedRequest prepare(const EmailTemplateInfoQuery &query);
PreparedRequest prepare(const EmailTemplateWrite &write);

} // namespace Braze
