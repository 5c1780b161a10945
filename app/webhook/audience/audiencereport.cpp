#include "webhook/audience/audiencereport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace Webhook::AudienceReport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Webhook::AudienceReport", text);
}

QString andMore(qint64 n)
{
    return QCoreApplication::translate("Webhook::AudienceReport", "and %n more", nullptr, int(n));
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString userList(const AudienceGroup &group, int listed)
{
    QStringList names;
    for (const AudienceUserRef &user : group.users.mid(0, listed))
        names.append(user.label);
    QString text = names.join(QStringLiteral(", "));
    if (group.count > names.size())
        text += QLatin1Char(' ') + andMore(group.count - names.size());
    return text;
}

QJsonArray userArray(const AudienceGroup &group, int listed)
{
    QJsonArray users;
    for (const AudienceUserRef &user : group.users.mid(0, listed)) {
        QJsonObject entry{{QStringLiteral("user"), user.label}};
        if (user.line > 0)
            entry.insert(QStringLiteral("line"), user.line);
        users.append(entry);
    }
    return users;
}

QString fieldKey(WebhookProblem::Field field)
{
    switch (field) {
    case WebhookProblem::Field::Url: return QStringLiteral("url");
    case WebhookProblem::Field::HeaderValue: return QStringLiteral("header");
    case WebhookProblem::Field::PairValue: return QStringLiteral("pair");
    default: return QStringLiteral("body");
    }
}

} // namespace

QString toText(const AudienceSummary &summary, int usersListed)
{
    QString out;
    const auto line = [&out](int indent, const QString &text) { out += QString(indent, QLatin1Char(' ')) + text + QLatin1Char('\n'); };
    line(0, QCoreApplication::translate("Webhook::AudienceReport", "%n user(s) previewed", nullptr, int(summary.users())));
    line(2, tr("would be sent: %1").arg(number(summary.sent())));
    line(2, tr("aborted: %1").arg(number(summary.aborted())));
    for (const AudienceGroup &group : summary.groups(AudienceGroup::Kind::Aborted))
        line(4, tr("%1 × %2: %3").arg(number(group.count), group.reason, userList(group, usersListed)));
    line(2, tr("broken: %1").arg(number(summary.broken())));
    for (const AudienceGroup &group : summary.groups(AudienceGroup::Kind::Broken))
        line(4, tr("%1 × %2: %3").arg(number(group.count), group.reason, userList(group, usersListed)));
    if (summary.unreadable() > 0) {
        line(2, tr("unreadable lines: %1").arg(number(summary.unreadable())));
        for (const AudienceGroup &group : summary.groups(AudienceGroup::Kind::Unreadable)) {
            for (const AudienceUserRef &ref : group.users.mid(0, usersListed))
                line(4, ref.label);
            if (group.count > usersListed)
                line(4, andMore(group.count - usersListed));
        }
    }
    const QList<AudienceGroup> missing = summary.groups(AudienceGroup::Kind::MissingAttribute);
    if (!missing.isEmpty()) {
        line(0, tr("Users without a value the template uses:"));
        for (const AudienceGroup &group : missing)
            line(2, QCoreApplication::translate("Webhook::AudienceReport", "%1: %n user(s) (%2)", nullptr, int(group.count)).arg(group.reason, userList(group, usersListed)));
    }
    const QList<OutputTally> outputs = summary.outputs();
    if (!outputs.isEmpty())
        line(0, tr("Liquid outputs:"));
    for (const OutputTally &output : outputs) {
        line(2, summary.outputLabel(output));
        line(4, tr("rendered %1 times, empty %2, default used %3").arg(number(output.rendered()), number(output.empty().count),
                                                                      number(output.fellBack().count)));
        QStringList values;
        for (const auto &[value, count] : output.topValues(10))
            values.append(tr("“%1” × %2").arg(value, number(count)));
        if (!values.isEmpty())
            line(4, tr("most common: %1").arg(values.join(QStringLiteral(", "))));
        if (output.otherValues() > 0)
            line(4, tr("%1 further values not counted one by one").arg(number(output.otherValues())));
    }
    if (summary.sent() > 0) {
        line(0, tr("Body size: largest %1 bytes (%2), average %3 bytes.")
                    .arg(number(summary.largestBodyBytes()), summary.largestBodyUser().label, number(summary.averageBodyBytes())));
        const QList<AudienceGroup> over = summary.groups(AudienceGroup::Kind::OverLimit);
        if (over.isEmpty())
            line(2, tr("No body is over Braze's 4 MB limit."));
        for (const AudienceGroup &group : over)
            line(2, tr("%1 × %2: %3").arg(number(group.count), group.reason, userList(group, usersListed)));
    }
    return out;
}

QJsonObject toJson(const AudienceSummary &summary, int usersListed)
{
    const auto reasons = [&](AudienceGroup::Kind kind) {
        QJsonArray array;
        for (const AudienceGroup &group : summary.groups(kind))
            array.append(QJsonObject{{QStringLiteral("code"), group.code}, {QStringLiteral("reason"), group.reason},
                                     {QStringLiteral("count"), group.count}, {QStringLiteral("users"), userArray(group, usersListed)}});
        return array;
    };
    QJsonArray unreadable;
    for (const AudienceGroup &group : summary.groups(AudienceGroup::Kind::Unreadable)) {
        for (const AudienceUserRef &ref : group.users.mid(0, usersListed))
            unreadable.append(QJsonObject{{QStringLiteral("line"), ref.line}, {QStringLiteral("message"), ref.label}});
    }
    QJsonArray missing;
    for (const AudienceGroup &group : summary.groups(AudienceGroup::Kind::MissingAttribute))
        missing.append(QJsonObject{{QStringLiteral("attribute"), group.reason}, {QStringLiteral("count"), group.count},
                                   {QStringLiteral("users"), userArray(group, usersListed)}});
    QJsonArray outputs;
    for (const OutputTally &output : summary.outputs()) {
        QJsonArray top;
        for (const auto &[value, count] : output.topValues(10))
            top.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("count"), count}});
        outputs.append(QJsonObject{{QStringLiteral("field"), fieldKey(output.site().field)},
                                   {QStringLiteral("row"), output.site().row},
                                   {QStringLiteral("label"), summary.outputLabel(output)},
                                   {QStringLiteral("source"), output.source()},
                                   {QStringLiteral("rendered"), output.rendered()},
                                   {QStringLiteral("empty"), output.empty().count},
                                   {QStringLiteral("default"), output.fellBack().count},
                                   {QStringLiteral("other_values"), output.otherValues()},
                                   {QStringLiteral("top_values"), top}});
    }
    qint64 overLimit = 0;
    for (const AudienceGroup &group : summary.groups(AudienceGroup::Kind::OverLimit))
        overLimit += group.count;
    return QJsonObject{
        {QStringLiteral("users"), summary.users()},
        {QStringLiteral("sent"), summary.sent()},
        {QStringLiteral("aborted"), QJsonObject{{QStringLiteral("count"), summary.aborted()}, {QStringLiteral("reasons"), reasons(AudienceGroup::Kind::Aborted)}}},
        {QStringLiteral("broken"), QJsonObject{{QStringLiteral("count"), summary.broken()}, {QStringLiteral("reasons"), reasons(AudienceGroup::Kind::Broken)}}},
        {QStringLiteral("unreadable_lines"), QJsonObject{{QStringLiteral("count"), summary.unreadable()}, {QStringLiteral("lines"), unreadable}}},
        {QStringLiteral("missing_attributes"), missing},
        {QStringLiteral("outputs"), outputs},
        {QStringLiteral("body_bytes"), QJsonObject{{QStringLiteral("largest"), qMax<qint64>(0, summary.largestBodyBytes())},
                                                   {QStringLiteral("largest_user"), summary.largestBodyUser().label},
                                                   {QStringLiteral("average"), summary.averageBodyBytes()},
                                                   {QStringLiteral("limit"), AudienceSummary::BodyLimitBytes},
                                                   {QStringLiteral("over_limit"), overLimit}}}};
}

} // namespace Webhook::AudienceReport
