#include "integrations/partnerloader.h"

#include "integrations/integrationtext.h"
#include "integrations/stepregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Integrations {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result.append(v.toString());
    return result;
}

ColumnSpec columnFrom(const QJsonObject &o)
{
    ColumnSpec c;
    c.id = o.value(QLatin1String("id")).toString();
    c.type = o.value(QLatin1String("type")).toString(QStringLiteral("text"));
    c.labelId = o.value(QLatin1String("label")).toString();
    c.choices = strings(o.value(QLatin1String("choices")));
    c.defaultValue = o.value(QLatin1String("default")).toString();
    c.check = o.value(QLatin1String("check")).toString();
    c.required = o.value(QLatin1String("required")).toBool();
    c.unique = o.value(QLatin1String("unique")).toBool();
    c.patternField = o.value(QLatin1String("pattern_field")).toString();
    c.from = strings(o.value(QLatin1String("from")));
    return c;
}

FieldSpec fieldFrom(const QJsonObject &o)
{
    FieldSpec f;
    f.id = o.value(QLatin1String("id")).toString();
    f.type = o.value(QLatin1String("type")).toString(QStringLiteral("text"));
    f.labelId = o.value(QLatin1String("label")).toString();
    f.helpId = o.value(QLatin1String("help")).toString();
    f.defaultValue = o.value(QLatin1String("default")).toString();
    f.channel = o.value(QLatin1String("channel")).toString();
    f.choices = strings(o.value(QLatin1String("choices")));
    f.placeholders = strings(o.value(QLatin1String("placeholders")));
    f.required = o.value(QLatin1String("required")).toBool();
    f.sandboxValue = o.value(QLatin1String("sandbox"));
    for (const QJsonValue &c : o.value(QLatin1String("columns")).toArray())
        f.columns.append(columnFrom(c.toObject()));
    for (const QJsonValue &r : o.value(QLatin1String("example_rows")).toArray())
        f.exampleRows.append(r.toObject());
    return f;
}

Requirement requirementFrom(const QJsonObject &o)
{
    static const QHash<QString, Requirement::Kind> kinds{{QStringLiteral("account"), Requirement::Kind::Account},
                                                         {QStringLiteral("permission"), Requirement::Kind::Permission},
                                                         {QStringLiteral("endpoint"), Requirement::Kind::Endpoint},
                                                         {QStringLiteral("field"), Requirement::Kind::Field}};
    Requirement r;
    r.kind = kinds.value(o.value(QLatin1String("kind")).toString(), Requirement::Kind::Account);
    r.permission = o.value(QLatin1String("permission")).toString();
    r.field = o.value(QLatin1String("field")).toString();
    r.textId = o.value(QLatin1String("text")).toString();
    r.noteId = o.value(QLatin1String("note")).toString();
    r.optional = o.value(QLatin1String("optional")).toBool();
    return r;
}

StepSpec stepFrom(const QJsonObject &o)
{
    StepSpec s;
    s.id = o.value(QLatin1String("id")).toString();
    s.type = o.value(QLatin1String("type")).toString();
    s.titleId = o.value(QLatin1String("title")).toString();
    s.hintId = o.value(QLatin1String("hint")).toString();
    s.args = o.value(QLatin1String("args")).toObject();
    for (const QJsonValue &c : o.value(QLatin1String("when")).toArray()) {
        const QJsonObject co = c.toObject();
        Condition condition;
        condition.step = co.value(QLatin1String("step")).toString();
        const QJsonValue outcome = co.value(QLatin1String("outcome"));
        condition.outcomes = outcome.isArray() ? strings(outcome) : QStringList{outcome.toString()};
        condition.outcomes.removeAll(QString());
        condition.setExpression = co.value(QLatin1String("set")).toString();
        s.when.append(condition);
    }
    return s;
}

WorkflowSpec workflowFrom(const QJsonObject &o)
{
    WorkflowSpec w;
    w.id = o.value(QLatin1String("id")).toString();
    w.titleId = o.value(QLatin1String("title")).toString();
    w.descriptionId = o.value(QLatin1String("description")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("params")).toArray()) {
        const QJsonObject p = v.toObject();
        w.params.append({p.value(QLatin1String("name")).toString(), p.value(QLatin1String("type")).toString(QStringLiteral("text")),
                         p.value(QLatin1String("label")).toString(), p.value(QLatin1String("default")).toString(),
                         p.value(QLatin1String("sandbox_default")).toString(), p.value(QLatin1String("optional")).toBool()});
    }
    for (const QJsonValue &v : o.value(QLatin1String("steps")).toArray())
        w.steps.append(stepFrom(v.toObject()));
    return w;
}

} // namespace

QStringList PartnerLoader::displayOrder()
{
    return {QStringLiteral("quikly"), QStringLiteral("smartersends"), QStringLiteral("actioniq"), QStringLiteral("outgrow")};
}

QList<PartnerDescription> PartnerLoader::loadEmbedded(QStringList *errors) const
{
    QStringList files = QDir(QStringLiteral(":/integrations")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    const QStringList order = displayOrder();
    std::stable_sort(files.begin(), files.end(), [&order](const QString &a, const QString &b) {
        const auto rank = [&order](const QString &f) {
            const qsizetype i = order.indexOf(f.chopped(5));
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
    QList<PartnerDescription> result;
    for (const QString &name : files) {
        QFile file(QStringLiteral(":/integrations/") + name);
        PartnerDescription description;
        if (!file.open(QIODevice::ReadOnly)) {
            if (errors)
                errors->append(tr("%1: cannot be read.").arg(name));
            continue;
        }
        if (parse(file.readAll(), name, &description, errors))
            result.append(description);
    }
    return result;
}

bool PartnerLoader::parse(const QByteArray &json, const QString &source, PartnerDescription *d, QStringList *errors) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (errors)
            errors->append(tr("%1: not a JSON object (%2 at offset %3).").arg(source, parseError.errorString()).arg(parseError.offset));
        return false;
    }
    const QJsonObject o = document.object();
    *d = {};
    d->id = o.value(QLatin1String("id")).toString();
    d->titleId = o.value(QLatin1String("title")).toString();
    d->summaryId = o.value(QLatin1String("summary")).toString();
    d->noticeId = o.value(QLatin1String("notice")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("requirements")).toArray())
        d->requirements.append(requirementFrom(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("fields")).toArray())
        d->fields.append(fieldFrom(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("handoff")).toArray()) {
        const QJsonObject h = v.toObject();
        d->handoff.append({h.value(QLatin1String("label")).toString(), h.value(QLatin1String("value")).toString(),
                           h.value(QLatin1String("secret")).toBool(), h.value(QLatin1String("text")).toBool()});
    }
    for (const QJsonValue &v : o.value(QLatin1String("workflows")).toArray())
        d->workflows.append(workflowFrom(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("documentation")).toArray()) {
        const QJsonObject link = v.toObject();
        d->documentation.append({link.value(QLatin1String("label")).toString(), link.value(QLatin1String("url")).toString()});
    }
    d->brazePage = o.value(QLatin1String("braze_page")).toString();

    QStringList problems;
    check(*d, source, &problems);
    if (errors)
        errors->append(problems);
    return problems.isEmpty();
}

void PartnerLoader::check(const PartnerDescription &d, const QString &source, QStringList *errors) const
{
    const auto fail = [&](const QString &where, const QString &what) { errors->append(QStringLiteral("%1: %2: %3").arg(source, where, what)); };
    const auto text = [&](const QString &where, const QString &id, bool optional = false) {
        if (id.isEmpty() ? !optional : !IntegrationText::has(id))
            fail(where, tr("unknown text id '%1'").arg(id));
    };
    if (d.id.isEmpty())
        fail(QStringLiteral("id"), tr("the partner has no id"));
    text(QStringLiteral("title"), d.titleId);
    text(QStringLiteral("summary"), d.summaryId);
    text(QStringLiteral("notice"), d.noticeId, true);
    for (const DocumentationLink &link : d.documentation) {
        text(QStringLiteral("documentation"), link.labelId);
        if (!link.url.startsWith(QLatin1String("https://")))
            fail(QStringLiteral("documentation"), tr("a documentation link must be an https:// address: '%1'").arg(link.url));
    }
    if (!d.brazePage.isEmpty() && !(d.brazePage.startsWith(QLatin1Char('/')) && d.brazePage.endsWith(QLatin1Char('/'))))
        fail(QStringLiteral("braze_page"), tr("Braze's partner page must be a path such as /partners/quikly/: '%1'").arg(d.brazePage));
    for (const Requirement &r : d.requirements) {
        if (r.kind == Requirement::Kind::Permission && r.permission.isEmpty())
            fail(QStringLiteral("requirements"), tr("a permission requirement names no permission"));
        if (r.kind != Requirement::Kind::Permission)
            text(QStringLiteral("requirements"), r.textId);
        text(QStringLiteral("requirements"), r.noteId, true);
        if (r.kind == Requirement::Kind::Field && !d.field(r.field))
            fail(QStringLiteral("requirements"), tr("unknown field '%1'").arg(r.field));
    }
    for (const FieldSpec &f : d.fields) {
        text(f.id, f.labelId);
        text(f.id, f.helpId, true);
        for (const ColumnSpec &c : f.columns)
            text(f.id + QLatin1Char('.') + c.id, c.labelId);
    }
    for (const HandoffItem &h : d.handoff) {
        text(QStringLiteral("handoff"), h.labelId);
        if (h.isText)
            text(QStringLiteral("handoff"), h.value);
    }
    QSet<QString> workflowIds;
    for (const WorkflowSpec &w : d.workflows) {
        if (!w.id.startsWith(d.id + QLatin1Char('.')) || workflowIds.contains(w.id))
            fail(w.id, tr("workflow ids must be unique and start with the partner id"));
        workflowIds.insert(w.id);
        text(w.id, w.titleId);
        text(w.id, w.descriptionId);
        for (const ParamSpec &p : w.params)
            text(w.id + QLatin1Char('.') + p.name, p.labelId);
        QSet<QString> seen;
        for (const StepSpec &s : w.steps) {
            const QString where = w.id + QLatin1Char('.') + s.id;
            if (s.id.isEmpty() || seen.contains(s.id))
                fail(where, tr("step ids must be present and unique"));
            if (!m_registry.contains(s.type))
                fail(where, tr("unknown step type '%1'").arg(s.type));
            text(where, s.titleId);
            text(where, s.hintId, true);
            for (const Condition &c : s.when) {
                if (!c.step.isEmpty() && !seen.contains(c.step))
                    fail(where, tr("the condition refers to '%1', which is not an earlier step").arg(c.step));
            }
            seen.insert(s.id);
        }
    }
}

} // namespace Integrations
