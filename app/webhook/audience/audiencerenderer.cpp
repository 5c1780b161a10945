#include "webhook/audience/audiencerenderer.h"

#include <QElapsedTimer>

namespace Webhook {

AudienceRenderer::AudienceRenderer(const WebhookTemplate &webhook)
    : m_template(webhook)
{
}

RenderedRequest AudienceRenderer::renderOne(const PreviewUser &user)
{
    return m_renderer.render(m_template, user.toLiquidData());
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
            summary.addRendered(m_renderer.render(m_template, item.user.toLiquidData(), nullptr, &summary));
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
