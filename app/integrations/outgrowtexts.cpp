#include "integrations/integrationtext.h"

namespace Integrations {

QList<TextEntry> outgrowTexts()
{
    return {
        {"outgrow.title", QT_TRANSLATE_NOOP("Integrations", "Outgrow")},
        {"outgrow.summary", QT_TRANSLATE_NOOP("Integrations", "Interactive content: Outgrow sends quiz, survey and calculator answers to Braze as custom attributes through users/track.")},
        {"outgrow.doc.integration", QT_TRANSLATE_NOOP("Integrations", "Outgrow: configuring the native integration with Braze")},
        {"outgrow.doc.site", QT_TRANSLATE_NOOP("Integrations", "Outgrow website")},
        {"outgrow.req.account", QT_TRANSLATE_NOOP("Integrations", "An Outgrow account to publish the content and set up the data transfer.")},
        {"outgrow.req.mapping", QT_TRANSLATE_NOOP("Integrations", "Custom attributes in Braze for the Outgrow answers (e.g. quiz scores, segments).")},
        {"outgrow.field.mapping", QT_TRANSLATE_NOOP("Integrations", "Response mapping")},
        {"outgrow.field.mapping.help", QT_TRANSLATE_NOOP("Integrations", "Which Outgrow answer goes into which Braze custom attribute, and as which type. The names must match exactly.")},
        {"outgrow.column.response", QT_TRANSLATE_NOOP("Integrations", "Outgrow response field")},
        {"outgrow.column.attribute", QT_TRANSLATE_NOOP("Integrations", "Braze custom attribute")},
        {"outgrow.column.type", QT_TRANSLATE_NOOP("Integrations", "Type")},
        {"outgrow.column.sample", QT_TRANSLATE_NOOP("Integrations", "Sample answer")},
        {"outgrow.handoff.mapping", QT_TRANSLATE_NOOP("Integrations", "Attribute mapping")},
        {"outgrow.hint.not_transferred", QT_TRANSLATE_NOOP("Integrations", "Data is not reaching Braze: check that the API key and the endpoint URL in Outgrow's integration settings are right and that the key has the users.track permission.")},
        {"outgrow.hint.wrong_mapping", QT_TRANSLATE_NOOP("Integrations", "Wrong mapping: make sure each mapped Outgrow answer goes to a valid Braze custom attribute and that the attribute names match exactly.")},
        {"outgrow.hint.export", QT_TRANSLATE_NOOP("Integrations", "To compare, the console reads the profile back with users/export/ids, a permission Outgrow itself does not need. Run the test with a key that also has users.export.ids, or look at the test user's profile in the Braze dashboard. If the profile is missing: check the API key, the endpoint and the users.track permission.")},
        {"outgrow.hint.segment", QT_TRANSLATE_NOOP("Integrations", "Segment not filtering: make sure the custom attributes are set up in Braze and receive data, then check the segment's filter logic.")},
        {"outgrow.wf.mapping", QT_TRANSLATE_NOOP("Integrations", "Test the attribute mapping")},
        {"outgrow.wf.mapping.description", QT_TRANSLATE_NOOP("Integrations", "Submits a sample answer for a test user through users/track, exports the user and compares each mapped attribute, expected against actual.")},
        {"outgrow.param.user", QT_TRANSLATE_NOOP("Integrations", "Test user (external ID)")},
        {"outgrow.param.response", QT_TRANSLATE_NOOP("Integrations", "Sample response (JSON; empty: the samples of the mapping)")},
        {"outgrow.step.map", QT_TRANSLATE_NOOP("Integrations", "Turn the answers into attributes")},
        {"outgrow.step.submit", QT_TRANSLATE_NOOP("Integrations", "Submit the answers through users/track")},
        {"outgrow.step.export", QT_TRANSLATE_NOOP("Integrations", "Export the test user")},
        {"outgrow.step.compare", QT_TRANSLATE_NOOP("Integrations", "Compare expected and actual attributes")},
    };
}

} // namespace Integrations
