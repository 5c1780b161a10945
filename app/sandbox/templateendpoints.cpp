// Content Blocks (/content_blocks/list|info|create|update) and e-mail templates
// (/templates/email/list|info|create|update), braze-api-more.md §7. Both keep their Liquid,
// tags, state and timestamps; Liquid is checked with the console's own engine. Error texts are
// Braze's where documented (status 400 assumed, §13.9).
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/liquidcheck.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace Sandbox {

namespace {

constexpr int MaxListLimit = 1000;
constexpr int DefaultListLimit = 100;
constexpr qsizetype MaxContentBytes = 50 * 1024;
constexpr int MaxNameLength = 100;
constexpr int MaxDescriptionLength = 250;

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// modified_after, modified_before, limit and offset of both list endpoints. `noun` is
// "Content Block" or "Template" in the limit texts.
struct ListWindow
{
    std::optional<QDateTime> after;
    std::optional<QDateTime> before;
    int limit = DefaultListLimit;
    int offset = 0;

    bool contains(const QString &time) const
    {
        const auto t = RequestValidation::parseTime(time);
        return t && (!after || *t >= *after) && (!before || *t <= *before);
    }

    // The items edited within the window, after `offset` of them, at most `limit`, as JSON.
    template<typename Item, typename Stamp, typename ToJson>
    QJsonArray select(const QList<Item> &items, Stamp stamp, ToJson toJson) const
    {
        QJsonArray selected;
        int skipped = 0;
        for (const Item &item : items) {
            if (!contains(stamp(item)) || skipped++ < offset || selected.size() >= limit)
                continue;
            selected.append(toJson(item));
        }
        return selected;
    }
};

QString readWindow(const SandboxRequest &r, const QString &noun, ListWindow *w)
{
    for (const auto &[key, target, text] : {std::tuple{"modified_after", &w->after, "Modified after time is invalid"},
                                            std::tuple{"modified_before", &w->before, "Modified before time is invalid"}}) {
        const QString value = r.queryValue(QLatin1String(key));
        if (value.isEmpty())
            continue;
        *target = RequestValidation::parseTime(value);
        if (!*target)
            return QLatin1String(text);
    }
    if (w->after && w->before && *w->after > *w->before)
        return QStringLiteral("Modified after time must be earlier than or the same as modified before time.");
    bool ok = true;
    if (r.hasQuery(QStringLiteral("limit"))) {
        w->limit = r.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            return QStringLiteral("%1 number limit is invalid").arg(noun);
        if (w->limit <= 0)
            return QStringLiteral("%1 number limit must be greater than 0").arg(noun);
        if (w->limit > MaxListLimit)
            return QStringLiteral("%1 number limit exceeds maximum of 1000").arg(noun);
    }
    if (r.hasQuery(QStringLiteral("offset"))) {
        w->offset = r.queryValue(QStringLiteral("offset")).toInt(&ok);
        if (!ok)
            return QStringLiteral("Offset is invalid");
        if (w->offset < 0)
            return QStringLiteral("Offset must be greater than 0");
    }
    return {};
}

// tags: an array of strings that all exist in the workspace.
QString checkTags(const QJsonObject &body, const SandboxState &state, QStringList *tags)
{
    if (!body.contains(QLatin1String("tags")))
        return {};
    const QJsonValue value = body.value(QLatin1String("tags"));
    if (!value.isArray())
        return QStringLiteral("Tags must be an array");
    for (const auto &t : value.toArray()) {
        if (!t.isString())
            return QStringLiteral("All tags must be strings");
        if (!state.tags.contains(t.toString()))
            return QStringLiteral("Some tags could not be found");
        *tags << t.toString();
    }
    return {};
}

// How many messages include a block: templates that name it (the sandbox has no message bodies).
int inclusionCount(const SandboxState &state, const QString &name)
{
    int count = 0;
    for (const auto &t : state.emailTemplates)
        count += LiquidCheck::of(t.body).contentBlocks.contains(name);
    for (const auto &b : state.contentBlocks)
        count += b.name != name && LiquidCheck::of(b.content).contentBlocks.contains(name);
    return count;
}

// ---- Content Blocks ----

SandboxReply blockList(ApiCall &call)
{
    ListWindow w;
    const QString error = readWindow(call.request, QStringLiteral("Content Block"), &w);
    if (!error.isEmpty())
        return bad(error);
    const QJsonArray blocks = w.select(call.state.contentBlocks, [](const ContentBlock &b) { return b.lastEdited; }, [&](const ContentBlock &b) {
        return QJsonObject{{QStringLiteral("content_block_id"), b.id}, {QStringLiteral("name"), b.name},
                           {QStringLiteral("content_type"), b.contentType}, {QStringLiteral("liquid_tag"), b.liquidTag()},
                           {QStringLiteral("inclusion_count"), inclusionCount(call.state, b.name)},
                           {QStringLiteral("created_at"), b.createdAt}, {QStringLiteral("last_edited"), b.lastEdited},
                           {QStringLiteral("tags"), QJsonArray::fromStringList(b.tags)}};
    });
    return SandboxReply::success(200, {{QStringLiteral("count"), int(blocks.size())}, {QStringLiteral("content_blocks"), blocks}});
}

SandboxReply blockInfo(ApiCall &call)
{
    const QString id = call.request.queryValue(QStringLiteral("content_block_id"));
    if (id.isEmpty())
        return bad(QStringLiteral("Content Block ID cannot be blank"));
    const QString inclusion = call.request.queryValue(QStringLiteral("include_inclusion_data"));
    if (!inclusion.isEmpty() && inclusion != QLatin1String("true") && inclusion != QLatin1String("false"))
        return bad(QStringLiteral("Include Inclusion Data—error"));
    const ContentBlock *b = call.state.contentBlock(id);
    if (!b)
        return bad(QStringLiteral("Content Block ID is invalid for this workspace"));
    QJsonObject info = b->toJson();
    info.remove(QStringLiteral("state"));
    info.insert(QStringLiteral("inclusion_count"), inclusionCount(call.state, b->name));
    if (inclusion == QLatin1String("true"))
        info.insert(QStringLiteral("inclusion_data"), QJsonArray());   // no campaign or Canvas variations in the sandbox
    return SandboxReply::success(200, info);
}

// Every create/update rule of §7.3 for the fields present; `existing` is the block being updated.
QString checkBlock(const QJsonObject &b, SandboxState &state, const ContentBlock *existing, ContentBlock *out)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const bool creating = !existing;
    if (creating || b.contains(QLatin1String("name"))) {
        const QJsonValue name = b.value(QLatin1String("name"));
        if (!name.isString() || name.toString().isEmpty())
            return QStringLiteral("Content Block name cannot be blank");
        if (name.toString().size() >= MaxNameLength)
            return QStringLiteral("Content Block name must be shorter than 100 characters");
        if (!namePattern.match(name.toString()).hasMatch())
            return QStringLiteral("Content Block name can only contain alphanumeric characters");
        if (existing && existing->state == QLatin1String("active") && name.toString() != existing->name)
            return QStringLiteral("Content Block name cannot be updated for active Content Blocks");
        const ContentBlock *same = state.contentBlockNamed(name.toString());
        if (same && same != existing)
            return QStringLiteral("Content Block with this name already exists");
        out->name = name.toString();
    }
    if (b.contains(QLatin1String("description"))) {
        const QJsonValue description = b.value(QLatin1String("description"));
        if (!description.isString())
            return QStringLiteral("Content Block description must be a string");
        if (description.toString().isEmpty())
            return QStringLiteral("Content Block description cannot be blank");
        if (description.toString().size() >= MaxDescriptionLength)
            return QStringLiteral("Content Block description must be shorter than 250 characters");
        out->description = description.toString();
    }
    if (creating || b.contains(QLatin1String("content"))) {
        const QJsonValue content = b.value(QLatin1String("content"));
        if (!content.isUndefined() && !content.isNull() && !content.isString())
            return QStringLiteral("Content must be a string");
        if (content.toString().isEmpty())
            return QStringLiteral("Content cannot be blank");
        if (content.toString().toUtf8().size() >= MaxContentBytes)
            return QStringLiteral("Content must be smaller than 50kb");
        const LiquidCheck liquid = LiquidCheck::of(content.toString());
        if (!liquid.valid)
            return QStringLiteral("Content contains malformed liquid");
        if (liquid.contentBlocks.contains(out->name))
            return QStringLiteral("Content Block cannot be referenced within itself");
        out->content = content.toString();
        out->contentType = out->content.contains(QLatin1Char('<')) ? QStringLiteral("html") : QStringLiteral("text");
    }
    if (b.contains(QLatin1String("state"))) {
        const QString s = b.value(QLatin1String("state")).toString();
        if (s != QLatin1String("active") && s != QLatin1String("draft"))
            return QStringLiteral("Content Block state must be either active or draft");
        if (existing && existing->state == QLatin1String("active") && s == QLatin1String("draft"))
            return QStringLiteral("Active Content Block can not be updated to Draft. Create a new Content Block.");
        out->state = s;
    }
    QStringList tags;
    const QString tagError = checkTags(b, state, &tags);
    if (!tagError.isEmpty())
        return tagError;
    if (b.contains(QLatin1String("tags")))
        out->tags = tags;
    return {};
}

SandboxReply blockReply(const ContentBlock &b)
{
    return SandboxReply::success(201, {{QStringLiteral("content_block_id"), b.id}, {QStringLiteral("liquid_tag"), b.liquidTag()},
                                       {QStringLiteral("created_at"), b.createdAt}});
}

SandboxReply blockCreate(ApiCall &call)
{
    ContentBlock block;
    block.state = QStringLiteral("active");
    const QString error = checkBlock(call.body, call.state, nullptr, &block);
    if (!error.isEmpty())
        return bad(error);
    block.id = newId();
    block.createdAt = block.lastEdited = RequestValidation::isoTime(call.nowMs);
    call.state.contentBlocks.append(block);
    call.stateChanged = true;
    return blockReply(block);
}

SandboxReply blockUpdate(ApiCall &call)
{
    const QString id = call.body.value(QLatin1String("content_block_id")).toString();
    if (id.isEmpty())
        return bad(QStringLiteral("Content Block ID cannot be blank"));
    ContentBlock *existing = call.state.contentBlock(id);
    if (!existing)
        return bad(QStringLiteral("Content Block ID is invalid for this workspace"));
    ContentBlock updated = *existing;
    const QString error = checkBlock(call.body, call.state, existing, &updated);
    if (!error.isEmpty())
        return bad(error);
    updated.lastEdited = RequestValidation::isoTime(call.nowMs);
    *existing = updated;
    call.stateChanged = true;
    return blockReply(updated);
}

// ---- E-mail templates ----

SandboxReply templateList(ApiCall &call)
{
    ListWindow w;
    const QString error = readWindow(call.request, QStringLiteral("Template"), &w);
    if (!error.isEmpty())
        return bad(error);
    const QJsonArray templates = w.select(call.state.emailTemplates, [](const EmailTemplate &t) { return t.updatedAt; }, [](const EmailTemplate &t) {
        return QJsonObject{{QStringLiteral("email_template_id"), t.id}, {QStringLiteral("template_name"), t.name},
                           {QStringLiteral("created_at"), t.createdAt}, {QStringLiteral("updated_at"), t.updatedAt},
                           {QStringLiteral("tags"), QJsonArray::fromStringList(t.tags)}};
    });
    return SandboxReply::success(200, {{QStringLiteral("count"), int(templates.size())}, {QStringLiteral("templates"), templates}});
}

SandboxReply templateInfo(ApiCall &call)
{
    const QString id = call.request.queryValue(QStringLiteral("email_template_id"));
    if (id.isEmpty())
        return bad(QStringLiteral("Bad Request: 'email_template_id' is required."));
    const EmailTemplate *t = call.state.emailTemplate(id);
    if (!t)
        return bad(QStringLiteral("Bad Request: no e-mail template has the id '%1'.").arg(id));
    return SandboxReply::success(200, t->toJson());
}

QString checkTemplate(const QJsonObject &b, SandboxState &state, bool creating, EmailTemplate *out)
{
    if (creating || b.contains(QLatin1String("template_name"))) {
        if (b.value(QLatin1String("template_name")).toString().isEmpty())
            return QStringLiteral("Template name is required");
        out->name = b.value(QLatin1String("template_name")).toString();
    }
    for (const auto &[key, target] : {std::pair{"subject", &out->subject}, std::pair{"body", &out->body}}) {
        if (creating && b.value(QLatin1String(key)).toString().isEmpty())
            return QStringLiteral("Bad Request: '%1' is required.").arg(QLatin1String(key));
        if (b.contains(QLatin1String(key)))
            *target = b.value(QLatin1String(key)).toString();
    }
    for (const auto &[key, target] : {std::pair{"plaintext_body", &out->plaintextBody}, std::pair{"preheader", &out->preheader},
                                      std::pair{"description", &out->description}}) {
        if (b.contains(QLatin1String(key)))
            *target = b.value(QLatin1String(key)).toString();
    }
    if (b.contains(QLatin1String("should_inline_css"))) {
        if (!b.value(QLatin1String("should_inline_css")).isBool())
            return QStringLiteral("Invalid value for 'should_inline_css'. One of 'true' or 'false' was expected");
        out->shouldInlineCss = b.value(QLatin1String("should_inline_css")).toBool();
    }
    QStringList tags;
    const QString tagError = checkTags(b, state, &tags);
    if (!tagError.isEmpty())
        return tagError;
    if (b.contains(QLatin1String("tags")))
        out->tags = tags;
    for (const QString *part : {&out->subject, &out->body, &out->plaintextBody, &out->preheader}) {
        const LiquidCheck liquid = LiquidCheck::of(*part);
        if (!liquid.valid)
            return QStringLiteral("Bad Request: the template contains malformed Liquid: %1").arg(liquid.error);
        for (const QString &name : liquid.contentBlocks) {
            if (!state.contentBlockNamed(name))
                return QStringLiteral("Email must have valid Content Block names");
        }
    }
    return {};
}

SandboxReply templateCreate(ApiCall &call)
{
    EmailTemplate t;
    const QString error = checkTemplate(call.body, call.state, true, &t);
    if (!error.isEmpty())
        return bad(error);
    t.id = newId();
    t.createdAt = t.updatedAt = RequestValidation::isoTime(call.nowMs);
    call.state.emailTemplates.append(t);
    call.stateChanged = true;
    return SandboxReply::success(201, {{QStringLiteral("email_template_id"), t.id}});
}

SandboxReply templateUpdate(ApiCall &call)
{
    const QString id = call.body.value(QLatin1String("email_template_id")).toString();
    if (id.isEmpty())
        return bad(QStringLiteral("Bad Request: 'email_template_id' is required."));
    EmailTemplate *existing = call.state.emailTemplate(id);
    if (!existing)
        return bad(QStringLiteral("Bad Request: no e-mail template has the id '%1'.").arg(id));
    if (call.body.size() <= 1 + int(call.body.contains(QLatin1String("api_key"))))
        return bad(QStringLiteral("Bad Request: specify at least one field to update."));
    EmailTemplate updated = *existing;
    const QString error = checkTemplate(call.body, call.state, false, &updated);
    if (!error.isEmpty())
        return bad(error);
    updated.updatedAt = RequestValidation::isoTime(call.nowMs);
    *existing = updated;
    call.stateChanged = true;
    return SandboxReply::success(201, {{QStringLiteral("email_template_id"), updated.id}});
}

} // namespace

void EndpointFamilies::addTemplates(EndpointTable &table)
{
    const QString bucket = QLatin1String(RateLimiter::Default);
    table.add(QStringLiteral("/content_blocks/list"), {"GET", QStringLiteral("content_blocks.list"), bucket, false, blockList});
    table.add(QStringLiteral("/content_blocks/info"), {"GET", QStringLiteral("content_blocks.info"), bucket, false, blockInfo});
    table.add(QStringLiteral("/content_blocks/create"), {"POST", QStringLiteral("content_blocks.create"), bucket, false, blockCreate});
    table.add(QStringLiteral("/content_blocks/update"), {"POST", QStringLiteral("content_blocks.update"), bucket, false, blockUpdate});
    table.add(QStringLiteral("/templates/email/list"), {"GET", QStringLiteral("templates.email.list"), bucket, false, templateList});
    table.add(QStringLiteral("/templates/email/info"), {"GET", QStringLiteral("templates.email.info"), bucket, false, templateInfo});
    table.add(QStringLiteral("/templates/email/create"),
              {"POST", QStringLiteral("templates.email.create"), bucket, false, templateCreate});
    table.add(QStringLiteral("/templates/email/update"),
              {"POST", QStringLiteral("templates.email.update"), bucket, false, templateUpdate});
}

} // namespace Sandbox
