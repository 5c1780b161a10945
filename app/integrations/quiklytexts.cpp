#include "integrations/integrationtext.h"

namespace Integrations {

QList<TextEntry> quiklyTexts()
{
    return {
        {"quikly.title", QT_TRANSLATE_NOOP("Integrations", "Quikly")},
        {"quikly.summary", QT_TRANSLATE_NOOP("Integrations", "Urgency marketing: Quikly captures e-mail addresses and mobile numbers in its activations and passes them to Braze, and a Braze webhook can reward a user in a Quikly activation.")},
        {"quikly.doc.site", QT_TRANSLATE_NOOP("Integrations", "Quikly website")},
        {"quikly.doc.hype", QT_TRANSLATE_NOOP("Integrations", "Quikly Hype (product overview)")},
        {"quikly.doc.swap", QT_TRANSLATE_NOOP("Integrations", "Quikly Swap (product overview)")},
        {"quikly.req.account", QT_TRANSLATE_NOOP("Integrations", "A Quikly partner account.")},
        {"quikly.req.group", QT_TRANSLATE_NOOP("Integrations", "The ID of the SMS subscription group new numbers join (Audience › Subscriptions).")},
        {"quikly.req.partner_key", QT_TRANSLATE_NOOP("Integrations", "A Quikly API key from your Client Success Manager (only for the webhook).")},
        {"quikly.field.group", QT_TRANSLATE_NOOP("Integrations", "SMS subscription group ID")},
        {"quikly.field.group.help", QT_TRANSLATE_NOOP("Integrations", "Quikly subscribes new mobile numbers to this group. Copy it from Audience › Subscriptions in Braze.")},
        {"quikly.field.scope", QT_TRANSLATE_NOOP("Integrations", "Activation scope (q_scope)")},
        {"quikly.field.scope.help", QT_TRANSLATE_NOOP("Integrations", "The scope ID of your Quikly activation; the webhook sends it as q_scope.")},
        {"quikly.field.authorization", QT_TRANSLATE_NOOP("Integrations", "Quikly authorization value")},
        {"quikly.field.authorization.help", QT_TRANSLATE_NOOP("Integrations", "The value of the webhook's Authorization header (Bearer …). Kept in the keychain.")},
        {"quikly.field.optin_event", QT_TRANSLATE_NOOP("Integrations", "Double opt-in event name")},
        {"quikly.field.optin_event.help", QT_TRANSLATE_NOOP("Integrations", "The custom event that starts your SMS double opt-in in Braze.")},
        {"quikly.handoff.group", QT_TRANSLATE_NOOP("Integrations", "subscription_group_id for SMS")},
        {"quikly.handoff.scope", QT_TRANSLATE_NOOP("Integrations", "Activation scope (q_scope)")},
        {"quikly.handoff.optin_event", QT_TRANSLATE_NOOP("Integrations", "Custom event that starts double opt-in")},
        {"quikly.wf.email", QT_TRANSLATE_NOOP("Integrations", "E-mail acquisition")},
        {"quikly.wf.email.description", QT_TRANSLATE_NOOP("Integrations", "Looks the address up with users/export/ids. An existing user gets no new profile (optionally a participation attribute); a new one gets an alias-only profile with the address as alias name and the label \"email\" (optionally a custom event).")},
        {"quikly.param.participation_attribute", QT_TRANSLATE_NOOP("Integrations", "Participation attribute (optional)")},
        {"quikly.param.event_name", QT_TRANSLATE_NOOP("Integrations", "Custom event for new profiles (optional)")},
        {"quikly.step.lookup_email", QT_TRANSLATE_NOOP("Integrations", "Look up the user by e-mail address")},
        {"quikly.step.mark_participation", QT_TRANSLATE_NOOP("Integrations", "Mark the existing user as a participant")},
        {"quikly.step.create_alias", QT_TRANSLATE_NOOP("Integrations", "Create an alias-only profile keyed by the e-mail address")},
        {"quikly.step.log_event", QT_TRANSLATE_NOOP("Integrations", "Log the participation event")},
        {"quikly.wf.sms", QT_TRANSLATE_NOOP("Integrations", "SMS subscription")},
        {"quikly.wf.sms.description", QT_TRANSLATE_NOOP("Integrations", "Checks the number's state in the subscription group; if it is subscribed, the user is credited. Otherwise looks the user up by e-mail: stores the number on the profile it finds, or creates an alias-only profile with it and waits for Braze to finish the profile (about 2 minutes); then subscribes the number and checks the state.")},
        {"quikly.param.wait_seconds", QT_TRANSLATE_NOOP("Integrations", "Wait after creating a profile (seconds)")},
        {"quikly.step.check_status", QT_TRANSLATE_NOOP("Integrations", "Check the number's subscription state")},
        {"quikly.step.already_subscribed", QT_TRANSLATE_NOOP("Integrations", "Already subscribed?")},
        {"quikly.msg.already_subscribed", QT_TRANSLATE_NOOP("Integrations", "The number is already subscribed: Quikly credits the user, nothing else to do.")},
        {"quikly.step.wait_profile", QT_TRANSLATE_NOOP("Integrations", "Give Braze time to finish the new profile")},
        {"quikly.step.subscribe", QT_TRANSLATE_NOOP("Integrations", "Subscribe the number to the SMS group")},
        {"quikly.step.verify_status", QT_TRANSLATE_NOOP("Integrations", "Check that the number is subscribed")},
        {"quikly.wf.optin", QT_TRANSLATE_NOOP("Integrations", "SMS subscription with double opt-in")},
        {"quikly.wf.optin.description", QT_TRANSLATE_NOOP("Integrations", "Like the SMS subscription, but instead of setting the state Quikly sends the custom event that starts Braze's double opt-in, then checks the state regularly until the user has confirmed.")},
        {"quikly.param.poll_seconds", QT_TRANSLATE_NOOP("Integrations", "Check the state every (seconds)")},
        {"quikly.param.timeout_seconds", QT_TRANSLATE_NOOP("Integrations", "Give up after (seconds)")},
        {"quikly.step.store_phone", QT_TRANSLATE_NOOP("Integrations", "Store the number on the existing profile")},
        {"quikly.step.send_optin_event", QT_TRANSLATE_NOOP("Integrations", "Send the double opt-in event")},
        {"quikly.step.poll_optin", QT_TRANSLATE_NOOP("Integrations", "Wait until the user confirms the opt-in")},
        {"quikly.hint.optin_timeout", QT_TRANSLATE_NOOP("Integrations", "Check that a Braze campaign or Canvas is triggered by the double opt-in event and sends the opt-in SMS, and that the event name matches.")},
        {"quikly.wf.webhook", QT_TRANSLATE_NOOP("Integrations", "Quikly webhook")},
        {"quikly.wf.webhook.description", QT_TRANSLATE_NOOP("Integrations", "Opens the Quikly webhook preset (POST to https://api.quikly.com/webhook/braze with q_scope, event and email) in the webhook builder.")},
        {"quikly.step.open_preset", QT_TRANSLATE_NOOP("Integrations", "Open the Quikly webhook preset in the builder")},
    };
}

} // namespace Integrations
