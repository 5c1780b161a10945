#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// A partner as described by resources/integrations/PARTNER.json. Every user-visible text is a
// text id (IntegrationText::text() translates it); the JSON itself holds no prose. The engine
// knows nothing about any partner: all partner knowledge lives in these descriptions.
namespace Integrations {

struct Requirement
{
    enum class Kind { Account, Permission, Endpoint, Field };
    Kind kind = Kind::Account;
    QString permission; // Kind::Permission
    QString field;      // Kind::Field: the configuration field that must be filled
    QString textId;     // Account, Endpoint, Field
    QString noteId;     // optional remark ("inferred from the flows")
    bool optional = false;
};

// One column of a table field (SmarterSends groups, ActionIQ audiences, Outgrow mapping).
struct ColumnSpec
{
    QString id;
    QString type;       // text, id, choice, derived
    QString labelId;
    QStringList choices;
    QString defaultValue;
    QString check;      // "attribute-name": Braze's custom attribute naming rules
    bool required = false;
    bool unique = false;
    // type "derived": the value is the pattern of another field with these columns filled in.
    QString patternField;
    QStringList from;
};

struct FieldSpec
{
    QString id;
    // text, id, secret, event-name, subscription-group, pattern, choice, table
    QString type;
    QString labelId;
    QString helpId;
    QString defaultValue;
    QString channel;            // subscription-group: sms or email
    QStringList choices;        // choice
    QStringList placeholders;   // pattern: each must appear in the value
    QList<ColumnSpec> columns;  // table
    QList<QJsonObject> exampleRows;
    // What the built-in sandbox's demo workspace needs here (its group, campaign, ... IDs).
    QJsonValue sandboxValue;
    bool required = false;

    bool isSecret() const { return type == QLatin1String("secret"); }
    bool isTable() const { return type == QLatin1String("table"); }
};

struct HandoffItem
{
    QString labelId;
    QString value;       // a placeholder expression, or a text id when isText
    bool secret = false; // left out unless the user asks for it
    bool isText = false;
};

struct ParamSpec
{
    QString name;
    // text, id, email, phone, seconds, iso-time, json-object, attribute-name, event-name
    QString type;
    QString labelId;
    QString defaultValue;        // may hold placeholders (${config.x}, ${now})
    QString sandboxDefault;      // used instead when the run goes to the sandbox
    bool optional = false;
};

// A step runs only when all its conditions hold: a previous step ended with one of the
// outcomes, or a value (after placeholders) is not empty.
struct Condition
{
    QString step;
    QStringList outcomes;
    QString setExpression;
};

struct StepSpec
{
    QString id;
    QString type;
    QString titleId;
    QString hintId;     // shown with a failure of this step, instead of the network layer's hint
    QJsonObject args;   // with placeholders, resolved just before the step starts
    QList<Condition> when;
};

struct WorkflowSpec
{
    QString id;         // "quikly.email-acquisition"
    QString titleId;
    QString descriptionId;
    QList<ParamSpec> params;
    QList<StepSpec> steps;
};

// A page of the partner's own documentation, linked from its page.
struct DocumentationLink
{
    QString labelId;
    QString url;
};

struct PartnerDescription
{
    QString id;
    QString titleId;
    QString summaryId;
    QString noticeId;
    QList<Requirement> requirements;
    QList<FieldSpec> fields;
    QList<HandoffItem> handoff;
    QList<WorkflowSpec> workflows;
    QList<DocumentationLink> documentation;
    // Braze's page on the partner, as the docs' alias ("/partners/quikly/").
    QString brazePage;

    // The permissions every key for this partner needs (optional ones left out).
    QStringList permissions() const;
    const FieldSpec *field(const QString &id) const;
    const WorkflowSpec *workflow(const QString &id) const;
    // Braze's page on the partner in the language of its documentation ("de", "fr"; English otherwise).
    QString brazePageUrl(const QString &language) const;
};

} // namespace Integrations
