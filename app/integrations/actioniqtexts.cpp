#include "integrations/integrationtext.h"

namespace Integrations {

QList<TextEntry> actionIqTexts()
{
    return {
        {"actioniq.title", QT_TRANSLATE_NOOP("Integrations", "ActionIQ")},
        {"actioniq.summary", QT_TRANSLATE_NOOP("Integrations", "Customer data platform: ActionIQ syncs audience membership as boolean custom attributes, forwards events in real time and triggers API-triggered campaigns.")},
        {"actioniq.doc.site", QT_TRANSLATE_NOOP("Integrations", "ActionIQ website")},
        {"actioniq.req.account", QT_TRANSLATE_NOOP("Integrations", "An ActionIQ account with a Braze connection (REST API key and endpoint).")},
        {"actioniq.req.inferred", QT_TRANSLATE_NOOP("Integrations", "The partner page leaves the permission list blank; this one follows from the triggered campaigns.")},
        {"actioniq.req.audiences", QT_TRANSLATE_NOOP("Integrations", "At least one audience (Audience ID and Split ID) to sync.")},
        {"actioniq.field.pattern", QT_TRANSLATE_NOOP("Integrations", "Attribute name pattern")},
        {"actioniq.field.pattern.help", QT_TRANSLATE_NOOP("Integrations", "How an audience becomes a custom attribute; ActionIQ's default is AIQ_<Audience ID>_<Split ID>.")},
        {"actioniq.field.match_on", QT_TRANSLATE_NOOP("Integrations", "Match users on")},
        {"actioniq.field.match_on.help", QT_TRANSLATE_NOOP("Integrations", "The identifier ActionIQ's activation setting sends: external_id or braze_id.")},
        {"actioniq.field.audiences", QT_TRANSLATE_NOOP("Integrations", "Audiences")},
        {"actioniq.field.audiences.help", QT_TRANSLATE_NOOP("Integrations", "Each ActionIQ audience split becomes one boolean custom attribute; build Braze segments on it.")},
        {"actioniq.column.audience", QT_TRANSLATE_NOOP("Integrations", "Audience ID")},
        {"actioniq.column.split", QT_TRANSLATE_NOOP("Integrations", "Split ID")},
        {"actioniq.column.attribute", QT_TRANSLATE_NOOP("Integrations", "Custom attribute")},
        {"actioniq.field.campaign", QT_TRANSLATE_NOOP("Integrations", "API-triggered campaign ID")},
        {"actioniq.field.campaign.help", QT_TRANSLATE_NOOP("Integrations", "A campaign with API-triggered delivery that ActionIQ starts.")},
        {"actioniq.field.canvas", QT_TRANSLATE_NOOP("Integrations", "API-triggered Canvas ID")},
        {"actioniq.field.canvas.help", QT_TRANSLATE_NOOP("Integrations", "A Canvas with API-triggered entry that ActionIQ starts; optional, needed only to trigger a Canvas.")},
        {"actioniq.req.canvas", QT_TRANSLATE_NOOP("Integrations", "Only needed when ActionIQ triggers a Canvas instead of a campaign.")},
        {"actioniq.handoff.canvas", QT_TRANSLATE_NOOP("Integrations", "Canvas ID for triggered Canvases")},
        {"actioniq.handoff.match_on", QT_TRANSLATE_NOOP("Integrations", "Identifier to include in the activation setting")},
        {"actioniq.handoff.audiences", QT_TRANSLATE_NOOP("Integrations", "Audiences and their attributes")},
        {"actioniq.handoff.campaign", QT_TRANSLATE_NOOP("Integrations", "Campaign ID for triggered campaigns")},
        {"actioniq.wf.audience", QT_TRANSLATE_NOOP("Integrations", "Audience membership")},
        {"actioniq.wf.audience.description", QT_TRANSLATE_NOOP("Integrations", "Sets the audience attribute to true for a test user, checks it by export, clears it again and checks that too.")},
        {"actioniq.param.user", QT_TRANSLATE_NOOP("Integrations", "Test user (the identifier chosen under \"Match users on\")")},
        {"actioniq.step.attribute_name", QT_TRANSLATE_NOOP("Integrations", "Name the audience's attribute")},
        {"actioniq.step.set_membership", QT_TRANSLATE_NOOP("Integrations", "Add the user to the audience")},
        {"actioniq.step.verify_set", QT_TRANSLATE_NOOP("Integrations", "Check the attribute is true")},
        {"actioniq.step.clear_membership", QT_TRANSLATE_NOOP("Integrations", "Remove the user from the audience")},
        {"actioniq.step.verify_cleared", QT_TRANSLATE_NOOP("Integrations", "Check the attribute is false")},
        {"actioniq.wf.event", QT_TRANSLATE_NOOP("Integrations", "Forward an event")},
        {"actioniq.wf.event.description", QT_TRANSLATE_NOOP("Integrations", "Sends an event the way ActionIQ forwards it (name, identifier, ISO 8601 time, properties) and checks it arrived on the profile.")},
        {"actioniq.param.event_name", QT_TRANSLATE_NOOP("Integrations", "Event name")},
        {"actioniq.param.time", QT_TRANSLATE_NOOP("Integrations", "Time (ISO 8601)")},
        {"actioniq.param.properties", QT_TRANSLATE_NOOP("Integrations", "Event properties (JSON object)")},
        {"actioniq.step.forward_event", QT_TRANSLATE_NOOP("Integrations", "Forward the event")},
        {"actioniq.step.verify_event", QT_TRANSLATE_NOOP("Integrations", "Check the event is on the profile")},
        {"actioniq.wf.trigger", QT_TRANSLATE_NOOP("Integrations", "Trigger a campaign")},
        {"actioniq.wf.trigger.description", QT_TRANSLATE_NOOP("Integrations", "Triggers the API-triggered campaign for a test user, as ActionIQ does.")},
        {"actioniq.step.trigger", QT_TRANSLATE_NOOP("Integrations", "Trigger the campaign for the test user")},
        {"actioniq.wf.canvas", QT_TRANSLATE_NOOP("Integrations", "Trigger a Canvas")},
        {"actioniq.wf.canvas.description", QT_TRANSLATE_NOOP("Integrations", "Triggers the API-triggered Canvas for a test user with Canvas entry properties, as ActionIQ does, and checks on the profile that the user entered it.")},
        {"actioniq.param.context", QT_TRANSLATE_NOOP("Integrations", "Canvas entry properties (JSON object)")},
        {"actioniq.step.canvas_before", QT_TRANSLATE_NOOP("Integrations", "Note when the user last entered the Canvas")},
        {"actioniq.step.canvas_trigger", QT_TRANSLATE_NOOP("Integrations", "Trigger the Canvas for the test user")},
        {"actioniq.step.canvas_check", QT_TRANSLATE_NOOP("Integrations", "Check the user entered the Canvas")},
    };
}

} // namespace Integrations
