#pragma once

#include "webhook/audience/audiencegroup.h"
#include "webhook/audience/outputtally.h"
#include "webhook/renderedrequest.h"
#include "webhook/webhooktemplate.h"

#include <QHash>
#include <QSet>

namespace Webhook {

// What a template does across an audience, built one rendered user at a time with bounded
// memory: who would be sent, aborted (by reason) or broken (invalid JSON body, a header with a
// line break, a URL Braze will not call), who lacks which attribute, how every Liquid output
// behaved, and the body sizes against Braze's limits.
class AudienceSummary : public OutputListener
{
public:
    // Braze answers 413 above 4 MB on its REST API (braze-api.md §3, "Payload size"), the one
    // size limit it documents for a request body; for partner endpoints it documents none.
    static constexpr qint64 BodyLimitBytes = 4 * 1024 * 1024;
    static constexpr int MaxReasonGroups = 50;

    explicit AudienceSummary(const WebhookTemplate &webhook = WebhookTemplate());

    // Call before rendering a user with this summary as the renderer's OutputListener...
    void beginUser(const AudienceUserRef &user);
    // ...and with the result afterwards.
    void addRendered(const RenderedRequest &request);
    // A line of the users file that holds no user.
    void addUnreadable(const AudienceUserRef &line, const QString &message);

    void outputRendered(const OutputSite &site, QStringView text, bool fellBackToDefault) override;

    qint64 users() const { return m_users; }   // rendered, i.e. readable
    qint64 sent() const { return m_sent; }
    qint64 aborted() const { return m_aborted; }
    qint64 broken() const { return m_broken; }
    qint64 unreadable() const { return m_unreadable; }
    // Sent, then aborted by reason, broken by reason, missing attributes, over the limit,
    // unreadable lines; most users first within each kind.
    QList<AudienceGroup> groups() const;
    QList<AudienceGroup> groups(AudienceGroup::Kind kind) const;
    // In template order: URL, headers, body.
    QList<OutputTally> outputs() const;

    qint64 largestBodyBytes() const { return m_largestBody; }
    AudienceUserRef largestBodyUser() const { return m_largestBodyUser; }
    qint64 averageBodyBytes() const { return m_sent > 0 ? m_totalBody / m_sent : 0; }

    // "header 2 value · {{${first_name}}}": where an output stands and what it says.
    QString outputLabel(const OutputTally &output) const;

private:
    AudienceGroup &group(AudienceGroup::Kind kind, const QString &code, const QString &reason);
    QString fieldSource(const OutputSite &site) const;
    QStringList brokenReasons(const RenderedRequest &request, QStringList *codes) const;

    WebhookTemplate m_template;
    qint64 m_users = 0;
    qint64 m_sent = 0;
    qint64 m_aborted = 0;
    qint64 m_broken = 0;
    qint64 m_unreadable = 0;
    qint64 m_largestBody = -1;
    qint64 m_totalBody = 0;
    AudienceUserRef m_largestBodyUser;
    QList<AudienceGroup> m_groups;
    QHash<QString, qsizetype> m_groupIndex;
    QHash<OutputSite, OutputTally> m_outputs;
    AudienceUserRef m_current;
    QSet<OutputSite> m_seenThisUser;   // an output in a loop counts once per user
};

} // namespace Webhook
