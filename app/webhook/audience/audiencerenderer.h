#pragma once

#include "webhook/audience/audienceinput.h"
#include "webhook/audience/audiencesummary.h"
#include "webhook/requestrenderer.h"

#include <atomic>
#include <functional>

namespace Webhook {

// Renders a template for every user of an input into an AudienceSummary: the loop shared by the
// console's worker thread, braze-cli and the benchmark. connected_content is listed, never
// fetched (an audience would call the partner once per user).
class AudienceRenderer
{
public:
    // done/total in the input's units, users so far; called at most every ProgressIntervalMs.
    using Progress = std::function<void(qint64 done, qint64 total, qint64 users)>;
    static constexpr int ProgressIntervalMs = 50;

    // What a user looks like to Liquid; by default Braze's tags (PreviewUser::toLiquidData).
    using DataMapping = std::function<Liquid::Value(const PreviewUser &user)>;

    explicit AudienceRenderer(const WebhookTemplate &webhook, DataMapping mapping = {});

    // Stops between two users once `cancelled` is set; the summary then covers the users so far.
    AudienceSummary run(AudienceInput &input, const std::atomic_bool &cancelled, const Progress &progress = {});
    // One user's request exactly as the single preview shows it.
    RenderedRequest renderOne(const PreviewUser &user);

private:
    WebhookTemplate m_template;
    DataMapping m_mapping;
    RequestRenderer m_renderer;
};

} // namespace Webhook
