#pragma once

#include "sandbox/sandboxstate.h"

namespace Sandbox {

// The believable workspace `braze-cli sandbox --seed demo` starts with: about 200 German, French
// and English users, two subscription groups, segments, API campaigns, an API-triggered Canvas,
// Content Blocks, an e-mail template, a product catalog, a dashboard-scheduled broadcast, a few
// bounced and invalid addresses, and the demo API keys.
// Deterministic (fixed random seed), so tests and screenshots can rely on it.
class DemoSeed
{
public:
    static constexpr const char *SmsGroupId = "5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01";
    static constexpr const char *EmailGroupId = "8f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e02";
    static constexpr const char *HighScorersSegmentId = "3bbc4555-8fa0-4c9b-a5c0-4505edf3e064";
    static constexpr const char *NewsletterSegmentId = "7d2e9a10-3c4b-4f5e-8a6b-1c2d3e4f5a02";
    static constexpr const char *AiqSegmentId = "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c03";
    static constexpr const char *AllUsersSegmentId = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c04";
    static constexpr const char *NewsletterCampaignId = "c0ffee00-5a5a-4e11-9d00-000000000001";
    static constexpr const char *TriggeredCampaignId = "c0ffee00-5a5a-4e11-9d00-000000000002";
    static constexpr const char *VariationGroupA = "a11ce000-0000-4000-8000-00000000000a";
    static constexpr const char *VariationGroupB = "a11ce000-0000-4000-8000-00000000000b";
    static constexpr const char *VariationOfferEmail = "a11ce000-0000-4000-8000-0000000000e1";
    static constexpr const char *VariationOfferSms = "a11ce000-0000-4000-8000-0000000000e2";
    static constexpr const char *VariationOfferWebhook = "a11ce000-0000-4000-8000-0000000000e3";
    static constexpr const char *TransactionalCampaignId = "c0ffee00-5a5a-4e11-9d00-000000000003";
    static constexpr const char *OnboardingCanvasId = "ca9a5000-5a5a-4e11-9d00-000000000001";
    static constexpr const char *SpringCanvasId = "ca9a5000-5a5a-4e11-9d00-000000000002";
    static constexpr const char *FooterBlockId = "b10c0000-5a5a-4e11-9d00-000000000001";
    static constexpr const char *OfferBlockId = "b10c0000-5a5a-4e11-9d00-000000000002";
    static constexpr const char *NewsletterTemplateId = "7e3a1a7e-5a5a-4e11-9d00-000000000001";
    static constexpr const char *ProductCatalog = "spring_products";
    // Three demo profiles share this address (two identified, one alias-only).
    static constexpr const char *SharedEmail = "familie.mueller@example.de";

    static SandboxState demo(qint64 nowMs);
    // No users, groups, segments or campaigns, but the demo keys, so requests still authenticate.
    static SandboxState empty();
};

} // namespace Sandbox
