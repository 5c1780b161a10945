#include "braze/requests/contentrequests.h"

#include "braze/requests/requestbuilding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Braze {

using namespace RequestBuilding;

namespace {

constexpr int MaxListLimit = 1000;
constexpr int MaxNameLength = 100;
constexpr int MaxDescriptionLength = 250;
constexpr qsizetype MaxContentBytes = 50 * 1024;

template<typename T>
void insertIfSet(QJsonObject &body, const char *key, const std::optional<T> &value)
{
    if (value)
        body.insert(QLatin1String(key), *value);
}

void insertTags(QJsonObject &body, const std::optional<QStringList> &tags)
{
    if (tags)
        body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(*tags));
}

} // namespace

PreparedRequest prepare(const ContentBlockListQuery &query)
{
    ValidationIssues issues;
    QUrlQuery urlQuery;
    addListWindow(issues, urlQuery, query.modifiedAfter, query.modifiedBefore, query.limit, query.offset, MaxListLimit);
    return queryRequest(Endpoint::ContentBlocksList, urlQuery, issues);
}

PreparedRequest prepare(const ContentBlockInfoQuery &query)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("content_block_id"), query.contentBlockId);
    QUrlQuery urlQuery;
    addQueryText(urlQuery, QStringLiteral("content_block_id"), query.contentBlockId);
    urlQuery.addQueryItem(QStringLiteral("include_inclusion_data"), query.includeInclusionData ? QStringLiteral("true") : QStringLiteral("false"));
    return queryRequest(Endpoint::ContentBlocksInfo, urlQuery, issues);
}

PreparedRequest prepare(const ContentBlockWrite &write)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const bool creating = write.contentBlockId.isEmpty();
    ValidationIssues issues;
    QJsonObject body;
    if (!creating)
        body.insert(QStringLiteral("content_block_id"), write.contentBlockId);
    if (creating && (!write.name || !write.content))
        issues.append({QStringLiteral("name"), QCoreApplication::translate("Validation", "A new Content Block needs a name and content.")});
    if (write.name) {
        if (write.name->isEmpty() || write.name->size() >= MaxNameLength || !namePattern.match(*write.name).hasMatch())
            issues.append({QStringLiteral("name"), QCoreApplication::translate("Validation", "A Content Block name has up to 99 letters, digits, hyphens and underscores; “%1” does not fit.").arg(*write.name)});
    }
    if (write.description && write.description->size() >= MaxDescriptionLength)
        issues.append({QStringLiteral("description"), QCoreApplication::translate("Validation", "The description must be shorter than 250 characters.")});
    if (write.content && (write.content->isEmpty() || write.content->toUtf8().size() >= MaxContentBytes))
        issues.append({QStringLiteral("content"), QCoreApplication::translate("Validation", "The content must not be empty and must be smaller than 50 KB.")});
    if (write.state && *write.state != QLatin1String("active") && *write.state != QLatin1String("draft"))
        issues.append({QStringLiteral("state"), QCoreApplication::translate("Validation", "The state is either “active” or “draft”.")});
    insertIfSet(body, "name", write.name);
    insertIfSet(body, "description", write.description);
    insertIfSet(body, "content", write.content);
    insertIfSet(body, "state", write.state);
    insertTags(body, write.tags);
    return jsonRequest(creating ? Endpoint::ContentBlocksCreate : Endpoint::ContentBlocksUpdate, body, issues);
}

PreparedRequest prepare(const EmailTemplateListQuery &query)
{
    ValidationIssues issues;
    QUrlQuery urlQuery;
    addListWindow(issues, urlQuery, query.modifiedAfter, query.modifiedBefore, query.limit, query.offset, MaxListLimit);
    return queryRequest(Endpoint::TemplatesEmailList, urlQuery, issues);
}

PreparedRequest prepare(const EmailTemplateInfoQuery &query)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("email_template_id"), query.emailTemplateId);
    QUrlQuery urlQuery;
    addQueryText(urlQuery, QStringLiteral("email_template_id"), query.emailTemplateId);
    return queryRequest(Endpoint::TemplatesEmailInfo, urlQuery, issues);
}

PreparedRequest prepare(const EmailTemplateWrite &write)
{
    const bool creating = write.emailTemplateId.isEmpty();
    ValidationIssues issues;
    QJsonObject body;
    if (creating) {
        requireText(issues, QStringLiteral("template_name"), write.templateName.value_or(QString()));
        requireText(issues, QStringLiteral("subject"), write.subject.value_or(QString()));
        requireText(issues, QStringLiteral("body"), write.body.value_or(QString()));
    } else {
        body.insert(QStringLiteral("email_template_id"), write.emailTemplateId);
        const bool anything = write.templateName || write.subject || write.body || write.plaintextBody || write.preheader || write.tags
            || write.shouldInlineCss;
        if (!anything)
            issues.append({QStringLiteral("email_template_id"), QCoreApplication::translate("Validation", "Change at least one field of the template.")});
    }
    insertIfSet(body, "template_name", write.templateName);
    insertIfSet(body, "subject", write.subject);
    insertIfSet(body, "body", write.body);
    insertIfSet(body, "plaintext_body", write.plaintextBody);
    insertIfSet(body, "preheader", write.preheader);
    insertIfSet(body, "should_inline_css", write.shouldInlineCss);
    insertTags(body, write.tags);
    return jsonRequest(creating ? Endpoint::TemplatesEmailCreate : Endpoint::TemplatesEmailUpdate, body, issues);
}

} // namespace Braze
