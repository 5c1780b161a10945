#include "webhook/audience/audiencerenderer.h"

#include <QElapsedTimer>

namespace Webhook {

AudienceRenderer::AudienceRenderer(const WebhookTemplate &webhook, DataMapping mapping)
    : m_template(webhook)
    , m_mapping(mapping ? std::move(mapping) : [](const PreviewUser &user) { return user.toLiquidData(); })
{
}

RenderedRequest AudienceRenderer::renderOne(const PreviewUser &user)
{
    return m_renderer.render(m_template, m_mapping(user));
}

AudienceSummary AudienceRenderer::run(AudienceInput &input, const std::atomic_bool &cancelled, const Progress &progress)
{
    AudienceSummary summary(m_template);
    QElapsedTimer sinceReport;
    sinceReport.start();
    AudienceInput::Item item;
    while (!cancelled.load(std::memory_order_relaxed) && input.next(&item)) {
        if (!item.error.isEmpty()) {
            summary.addUnreadable(item.ref, item.error);
        } else {
            summary.beginUser(item.ref);
            summary.addRendered(m_renderer.render(m_template, m_mapping(item.user), nullptr, &summary));
        }
        if (progress && sinceReport.elapsed() >= ProgressIntervalMs) {
            progress(input.done(), input.total(), summary.users());
            sinceReport.restart();
        }
    }
    if (progress)
        progress(input.done(), input.total(), summary.users());
    return summary;
}

} // namespace Webhook
