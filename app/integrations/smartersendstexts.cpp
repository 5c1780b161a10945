#include "integrations/integrationtext.h"

namespace Integrations {

QList<TextEntry> smarterSendsTexts()
{
    return {
        {"smartersends.title", QT_TRANSLATE_NOOP("Integrations", "SmarterSends")},
        {"smartersends.summary", QT_TRANSLATE_NOOP("Integrations", "Distributed marketing: local teams create, schedule and send brand-compliant e-mail campaigns through one Braze API campaign, with a message variation per SmarterSends group.")},
        {"smartersends.doc.site", QT_TRANSLATE_NOOP("Integrations", "SmarterSends website")},
        {"smartersends.notice.allowlist", QT_TRANSLATE_NOOP("Integrations", "For extra security, add SmarterSends' IP address (shown in your SmarterSends instance) to the key's Whitelist IPs in Braze.")},
        {"smartersends.req.account", QT_TRANSLATE_NOOP("Integrations", "A SmarterSends account.")},
        {"smartersends.req.campaign", QT_TRANSLATE_NOOP("Integrations", "An API campaign with an e-mail channel: the identifier of every send made through SmarterSends.")},
        {"smartersends.req.app", QT_TRANSLATE_NOOP("Integrations", "The App ID (Settings › App Settings, labelled \"API key\" there: not the REST key).")},
        {"smartersends.field.app", QT_TRANSLATE_NOOP("Integrations", "App ID")},
        {"smartersends.field.app.help", QT_TRANSLATE_NOOP("Integrations", "Settings › App Settings in Braze; paste it into the App ID field in SmarterSends.")},
        {"smartersends.field.campaign", QT_TRANSLATE_NOOP("Integrations", "API campaign ID")},
        {"smartersends.field.campaign.help", QT_TRANSLATE_NOOP("Integrations", "Create an API campaign with an e-mail channel in Braze and copy its ID.")},
        {"smartersends.field.variation", QT_TRANSLATE_NOOP("Integrations", "Default message variation ID")},
        {"smartersends.field.variation.help", QT_TRANSLATE_NOOP("Integrations", "Used for groups without their own variation.")},
        {"smartersends.field.groups", QT_TRANSLATE_NOOP("Integrations", "SmarterSends groups")},
        {"smartersends.field.groups.help", QT_TRANSLATE_NOOP("Integrations", "Give each group its own message variation to see its sends separately in Braze's reports.")},
        {"smartersends.column.group", QT_TRANSLATE_NOOP("Integrations", "Group")},
        {"smartersends.column.variation", QT_TRANSLATE_NOOP("Integrations", "Message variation ID")},
        {"smartersends.handoff.app", QT_TRANSLATE_NOOP("Integrations", "App ID")},
        {"smartersends.handoff.campaign", QT_TRANSLATE_NOOP("Integrations", "Campaign ID")},
        {"smartersends.handoff.variation", QT_TRANSLATE_NOOP("Integrations", "Message variation ID (default)")},
        {"smartersends.handoff.groups", QT_TRANSLATE_NOOP("Integrations", "Message variation ID per group")},
        {"smartersends.handoff.allowlist", QT_TRANSLATE_NOOP("Integrations", "IP allowlist")},
        {"smartersends.wf.permissions", QT_TRANSLATE_NOOP("Integrations", "Verify the key's permissions")},
        {"smartersends.wf.permissions.description", QT_TRANSLATE_NOOP("Integrations", "Checks that the REST API key holds all ten permissions SmarterSends needs.")},
        {"smartersends.step.permissions", QT_TRANSLATE_NOOP("Integrations", "Check the ten permissions")},
        {"smartersends.wf.segments", QT_TRANSLATE_NOOP("Integrations", "Segments")},
        {"smartersends.wf.segments.description", QT_TRANSLATE_NOOP("Integrations", "Lists the workspace's segments as SmarterSends sees them and shows the details and daily size of one.")},
        {"smartersends.param.segment", QT_TRANSLATE_NOOP("Integrations", "Segment ID (empty: the first one)")},
        {"smartersends.step.list_segments", QT_TRANSLATE_NOOP("Integrations", "List the segments")},
        {"smartersends.step.segment_details", QT_TRANSLATE_NOOP("Integrations", "Read the segment's details")},
        {"smartersends.step.segment_series", QT_TRANSLATE_NOOP("Integrations", "Read the segment's size over 14 days")},
        {"smartersends.wf.schedule", QT_TRANSLATE_NOOP("Integrations", "Schedule, move and cancel a message")},
        {"smartersends.wf.schedule.description", QT_TRANSLATE_NOOP("Integrations", "Schedules an e-mail through the API campaign and a message variation for a test user or a segment, moves it by a day, then deletes it before it is sent.")},
        {"smartersends.param.user", QT_TRANSLATE_NOOP("Integrations", "Test user (external ID)")},
        {"smartersends.param.variation", QT_TRANSLATE_NOOP("Integrations", "Message variation ID")},
        {"smartersends.param.from", QT_TRANSLATE_NOOP("Integrations", "From")},
        {"smartersends.param.subject", QT_TRANSLATE_NOOP("Integrations", "Subject")},
        {"smartersends.step.schedule_create", QT_TRANSLATE_NOOP("Integrations", "Schedule the e-mail for tomorrow")},
        {"smartersends.step.schedule_update", QT_TRANSLATE_NOOP("Integrations", "Move it to the day after")},
        {"smartersends.step.schedule_delete", QT_TRANSLATE_NOOP("Integrations", "Cancel the scheduled e-mail")},
        {"smartersends.wf.sendid", QT_TRANSLATE_NOOP("Integrations", "Send ID and its statistics")},
        {"smartersends.wf.sendid.description", QT_TRANSLATE_NOOP("Integrations", "Creates a send ID for the API campaign (Braze allows 100 a day) and reads its statistics.")},
        {"smartersends.param.send_id", QT_TRANSLATE_NOOP("Integrations", "Send ID")},
        {"smartersends.step.sendid_create", QT_TRANSLATE_NOOP("Integrations", "Create the send ID")},
        {"smartersends.step.sends_series", QT_TRANSLATE_NOOP("Integrations", "Read the send's statistics")},
    };
}

} // namespace Integrations
