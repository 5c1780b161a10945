#include "webhook/audience/audiencesummary.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace Webhook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Webhook::AudienceSummary", text);
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

} // namespace

QString AudienceGroup::kindKey() const
{
    switch (kind) {
    case Kind::Sent: return QStringLiteral("sent");
    case Kind::Aborted: return QStringLiteral("aborted");
    case Kind::Broken: return QStringLiteral("broken");
    case Kind::MissingAttribute: return QStringLiteral("missing_attribute");
    case Kind::OverLimit: return QStringLiteral("over_limit");
    case Kind::Unreadable: return QStringLiteral("unreadable");
    case Kind::EmptyOutput: return QStringLiteral("empty_output");
    case Kind::DefaultOutput: return QStringLiteral("default_output");
    }
    return {};
}

AudienceSummary::AudienceSummary(const WebhookTemplate &webhook)
    : m_template(webhook)
{
}

AudienceGroup &AudienceSummary::group(AudienceGroup::Kind kind, const QString &code, const QString &reason)
{
    const QString key = QString::number(int(kind)) + QLatin1Char('|') + code + QLatin1Char('|') + reason;
    auto it = m_groupIndex.constFind(key);
    if (it != m_groupIndex.cend())
        return m_groups[*it];
    m_groupIndex.insert(key, m_groups.size());
    m_groups.append(AudienceGroup{kind, code, reason, 0, {}});
    return m_groups.last();
}

void AudienceSummary::beginUser(const AudienceUserRef &user)
{
    m_current = user;
    m_seenThisUser.clear();
}

void AudienceSummary::outputRendered(const OutputSite &site, QStringView text, bool fellBackToDefault)
{
    if (m_seenThisUser.contains(site))
        return;
    m_seenThisUser.insert(site);
    auto it = m_outputs.find(site);
    if (it == m_outputs.end())
        it = m_outputs.insert(site, OutputTally(site, fieldSource(site)));
    it->add(m_current, text, fellBackToDefault);
}

QStringList AudienceSummary::brokenReasons(const RenderedRequest &request, QStringList *codes) const
{
    QStringList reasons;
    const auto add = [&](const QString &code, const QString &reason) {
        for (qsizetype i = 0; i < codes->size(); ++i) {
            if (codes->at(i) == code && reasons.at(i) == reason)
                return;
        }
        codes->append(code);
        reasons.append(reason);
    };
    const QUrl url(request.url, QUrl::StrictMode);
    const bool webAddress = url.isValid() && !url.host().isEmpty();
    if (!webAddress)
        add(QStringLiteral("url_invalid"), tr("The URL is not a web address"));
    else if (url.scheme() != QLatin1String("https"))
        add(QStringLiteral("url_not_https"), tr("The URL does not start with https://"));
    if (webAddress && url.port(443) != 443 && url.port(443) != 80)
        add(QStringLiteral("url_port"), tr("The URL uses a port other than 80 or 443"));
    QList<int> brokenHeaderRows;
    for (qsizetype row = 0; row < request.headers.size(); ++row) {
        if (hasLineBreak(request.headers.at(row).value)) {
            add(QStringLiteral("header_line_break"), tr("A header value contains a line break"));
            brokenHeaderRows.append(int(row));
        }
    }
    for (const WebhookProblem &problem : request.problems) {
        if (!problem.isError())
            continue;
        // Already said above in the words of the audience summary.
        const bool covered = (problem.field == WebhookProblem::Field::Url && !webAddress)
            || (problem.field == WebhookProblem::Field::HeaderValue && !brokenHeaderRows.isEmpty());
        if (problem.field == WebhookProblem::Field::RenderedBody)
            add(QStringLiteral("invalid_json"), tr("The body is not valid JSON"));
        else if (!covered)
            add(QStringLiteral("render_error"), problem.message);
    }
    return reasons;
}

void AudienceSummary::addRendered(const RenderedRequest &request)
{
    ++m_users;
    for (const QString &attribute : request.missingAttributes)
        group(AudienceGroup::Kind::MissingAttribute, QStringLiteral("missing"), attribute).add(m_current);
    if (request.aborted) {
        ++m_aborted;
        const QString reason = request.abortMessage.isEmpty() ? QStringLiteral("{% abort_message %} called") : request.abortMessage;
        group(AudienceGroup::Kind::Aborted, QStringLiteral("aborted"), reason).add(m_current);
        return;
    }
    QStringList codes;
    const QStringList reasons = brokenReasons(request, &codes);
    if (!reasons.isEmpty()) {
        ++m_broken;
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            const bool tooMany = codes.at(i) == QLatin1String("render_error") && m_groups.size() > MaxReasonGroups;
            group(AudienceGroup::Kind::Broken, codes.at(i), tooMany ? tr("Other Liquid errors") : reasons.at(i)).add(m_current);
        }
        return;
    }
    ++m_sent;
    group(AudienceGroup::Kind::Sent, QStringLiteral("sent"), QString()).add(m_current);
    const qint64 bytes = request.body.toUtf8().size();
    m_totalBody += bytes;
    if (bytes > m_largestBody) {
        m_largestBody = bytes;
        m_largestBodyUser = m_current;
    }
    if (bytes > BodyLimitBytes)
        group(AudienceGroup::Kind::OverLimit, QStringLiteral("body_over_4mb"),
              tr("The body is larger than the 4 MB Braze accepts on its REST API")).add(m_current);
}

void AudienceSummary::addUnreadable(const AudienceUserRef &line, const QString &message)
{
    ++m_unreadable;
    AudienceUserRef ref = line;
    ref.label = tr("line %1: %2").arg(line.line).arg(message);
    group(AudienceGroup::Kind::Unreadable, QStringLiteral("unreadable"), QString()).add(ref);
}

QList<AudienceGroup> AudienceSummary::groups() const
{
    QList<AudienceGroup> all = m_groups;
    std::stable_sort(all.begin(), all.end(), [](const AudienceGroup &a, const AudienceGroup &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.count > b.count;
    });
    return all;
}

QList<AudienceGroup> AudienceSummary::groups(AudienceGroup::Kind kind) const
{
    QList<AudienceGroup> matching;
    for (const AudienceGroup &g : groups()) {
        if (g.kind == kind)
            matching.append(g);
    }
    return matching;
}

QList<OutputTally> AudienceSummary::outputs() const
{
    QList<OutputTally> all = m_outputs.values();
    std::sort(all.begin(), all.end(), [](const OutputTally &a, const OutputTally &b) {
        const OutputSite &x = a.site(), &y = b.site();
        return std::tie(x.field, x.row, x.offset) < std::tie(y.field, y.row, y.offset);
    });
    return all;
}

QString AudienceSummary::fieldSource(const OutputSite &site) const
{
    QString text;
    switch (site.field) {
    case WebhookProblem::Field::Url: text = m_template.url; break;
    case WebhookProblem::Field::HeaderValue: text = m_template.headers.value(site.row).value; break;
    case WebhookProblem::Field::PairValue: text = m_template.pairs.value(site.row).value; break;
    case WebhookProblem::Field::RawBody: text = m_template.rawBody; break;
    default: break;
    }
    qsizetype end = text.indexOf(QStringLiteral("}}"), site.offset);
    while (end >= 0 && end + 2 < text.size() && text.at(end + 2) == QLatin1Char('}'))
        ++end;   // {{${email_address}}}: the last two braces close the output
    const qsizetype tagEnd = text.indexOf(QStringLiteral("%}"), site.offset);
    const qsizetype stop = end < 0 ? tagEnd : (tagEnd < 0 ? end : qMin(end, tagEnd));
    return stop < 0 ? text.mid(site.offset, 80) : text.mid(site.offset, stop + 2 - site.offset);
}

QString AudienceSummary::outputLabel(const OutputTally &output) const
{
    WebhookProblem place;
    place.field = output.site().field;
    place.row = output.site().row;
    QString where = place.place();
    if (place.field == WebhookProblem::Field::PairValue)
        where = m_template.pairs.value(place.row).key;
    else if (place.field == WebhookProblem::Field::HeaderValue)
        where = m_template.headers.value(place.row).key;
    return QStringLiteral("%1 · %2").arg(where, output.source());
}

} // namespace Webhook
