<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttributeTypes</name>
    <message numerus="yes">
        <source>Braze keeps at most 255 characters of a text attribute; this one has %n.</source>
        <translation>
            <numerusform>Braze keeps at most 255 characters of a text attribute; this one has %n.</numerusform>
            <numerusform>Braze keeps at most 255 characters of a text attribute; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message numerus="yes">
        <source>Fetching %n user(s) from the workspace, 50 at a time…</source>
        <translation>
            <numerusform>Fetching %n user from the workspace, 50 at a time…</numerusform>
            <numerusform>Fetching %n users from the workspace, 50 at a time…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) rendered so far…</source>
        <translation>
            <numerusform>%n user rendered so far…</numerusform>
            <numerusform>%n users rendered so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n user(s).</source>
        <translation>
            <numerusform>Cancelled after %n user.</numerusform>
            <numerusform>Cancelled after %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) previewed.</source>
        <translation>
            <numerusform>%n user previewed.</numerusform>
            <numerusform>%n users previewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Braze::BrazeClient</name>
    <message numerus="yes">
        <source>The request was not sent: %n problem(s) to correct.</source>
        <translation>
            <numerusform>The request was not sent: %n problem to correct.</numerusform>
            <numerusform>The request was not sent: %n problems to correct.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Braze::RequestLogModel</name>
    <message numerus="yes">
        <source>%n of %1 left</source>
        <translation>
            <numerusform>%n of %1 left</numerusform>
            <numerusform>%n of %1 left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n line(s) differ; they are marked on both sides.</source>
        <translation>
            <numerusform>%n line differs; it is marked on both sides.</numerusform>
            <numerusform>%n lines differ; they are marked on both sides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message numerus="yes">
        <source>Waiting for the rate limit: %n second(s) left. Cancel stops the call.</source>
        <translation>
            <numerusform>Waiting for the rate limit: %n second left. Cancel stops the call.</numerusform>
            <numerusform>Waiting for the rate limit: %n seconds left. Cancel stops the call.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerPlan</name>
    <message numerus="yes">
        <source>The body has %n value(s) Braze will refuse; they are listed under the editor.</source>
        <translation>
            <numerusform>The body has %n value Braze will refuse; they are listed under the editor.</numerusform>
            <numerusform>The body has %n values Braze will refuse; they are listed under the editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceFile</name>
    <message numerus="yes">
        <source>%n of its workspaces are not workspace settings</source>
        <translation>
            <numerusform>%n of its workspaces is not a workspace setting</numerusform>
            <numerusform>%n of its workspaces are not workspace settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceValidator</name>
    <message numerus="yes">
        <source>This key is only %n characters long; Braze API keys are longer. Copy the whole key.</source>
        <translation>
            <numerusform>This key is only %n character long; Braze API keys are longer. Copy the whole key.</numerusform>
            <numerusform>This key is only %n characters long; Braze API keys are longer. Copy the whole key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderExplanation</name>
    <message numerus="yes">
        <source>Braze allows %Ln request(s) of this kind in one rate-limit window.</source>
        <translation>
            <numerusform>Braze allows %Ln request of this kind in one rate-limit window.</numerusform>
            <numerusform>Braze allows %Ln requests of this kind in one rate-limit window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The window resets at %1, in %n second(s).</source>
        <translation>
            <numerusform>The window resets at %1, in %n second.</numerusform>
            <numerusform>The window resets at %1, in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Braze asks to wait %n second(s) before sending again.</source>
        <translation>
            <numerusform>Braze asks to wait %n second before sending again.</numerusform>
            <numerusform>Braze asks to wait %n seconds before sending again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) left before Braze answers 429.</source>
        <translation>
            <numerusform>%Ln request left before Braze answers 429.</numerusform>
            <numerusform>%Ln requests left before Braze answers 429.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Integrations::ApiCallStep</name>
    <message numerus="yes">
        <source>Braze&apos;s rate limit is reached: retrying in %n s</source>
        <translation>
            <numerusform>Braze&apos;s rate limit is reached: retrying in %n s</numerusform>
            <numerusform>Braze&apos;s rate limit is reached: retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Integrations::PollStep</name>
    <message numerus="yes">
        <source>After %n check(s): %1</source>
        <translation>
            <numerusform>After %n check: %1</numerusform>
            <numerusform>After %n checks: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still &quot;%1&quot; after %n check(s); gave up waiting for &quot;%2&quot;.</source>
        <translation>
            <numerusform>Still &quot;%1&quot; after %n check; gave up waiting for &quot;%2&quot;.</numerusform>
            <numerusform>Still &quot;%1&quot; after %n checks; gave up waiting for &quot;%2&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Integrations::VerifyPermissionsStep</name>
    <message numerus="yes">
        <source>The key holds all %n permission(s).</source>
        <translation>
            <numerusform>The key holds the %n permission.</numerusform>
            <numerusform>The key holds all %n permissions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Integrations::WaitStep</name>
    <message numerus="yes">
        <source>Waiting: %n s left</source>
        <translation>
            <numerusform>Waiting: %n s left</numerusform>
            <numerusform>Waiting: %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited %n s.</source>
        <translation>
            <numerusform>Waited %n s.</numerusform>
            <numerusform>Waited %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingSteps</name>
    <message numerus="yes">
        <source>%n attribute(s) to send.</source>
        <translation>
            <numerusform>%n attribute to send.</numerusform>
            <numerusform>%n attributes to send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n attribute(s) arrived as expected.</source>
        <translation>
            <numerusform>The %n attribute arrived as expected.</numerusform>
            <numerusform>All %n attributes arrived as expected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) differ from what was sent.</source>
        <translation>
            <numerusform>%n attribute differs from what was sent.</numerusform>
            <numerusform>%n attributes differ from what was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message numerus="yes">
        <source>%n profile(s) share %1. Choose the one you mean; Braze&apos;s /users/track would update the most recently updated one that has an external ID.</source>
        <translation>
            <numerusform>%n profile shares %1. Choose the one you mean; Braze&apos;s /users/track would update the most recently updated one that has an external ID.</numerusform>
            <numerusform>%n profiles share %1. Choose the one you mean; Braze&apos;s /users/track would update the most recently updated one that has an external ID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Content Block(s)</source>
        <translation>
            <numerusform>%n Content Block</numerusform>
            <numerusform>%n Content Blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n catalog item(s)</source>
        <translation>
            <numerusform>%n catalog item</numerusform>
            <numerusform>%n catalog items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <source>%1 needs attention: %n requirement(s) missing or refused.</source>
        <translation>
            <numerusform>%1 needs attention: %n requirement missing or refused.</numerusform>
            <numerusform>%1 needs attention: %n requirements missing or refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not verified yet: Braze has not confirmed %n requirement(s).</source>
        <translation>
            <numerusform>%1 is not verified yet: Braze has not confirmed %n requirement.</numerusform>
            <numerusform>%1 is not verified yet: Braze has not confirmed %n requirements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayPlan</name>
    <message numerus="yes">
        <source>It deletes %n user profile(s) for good.</source>
        <translation>
            <numerusform>It deletes %n user profile for good.</numerusform>
            <numerusform>It deletes %n user profiles for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It adds %n alias(es) to user profiles.</source>
        <translation>
            <numerusform>It adds %n alias to user profiles.</numerusform>
            <numerusform>It adds %n aliases to user profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It merges %n alias-only profile(s) into identified profiles.</source>
        <translation>
            <numerusform>It merges %n alias-only profile into identified profiles.</numerusform>
            <numerusform>It merges %n alias-only profiles into identified profiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSteps</name>
    <message numerus="yes">
        <source>%1: %n day(s) of data.</source>
        <translation>
            <numerusform>%1: %n day of data.</numerusform>
            <numerusform>%1: %n days of data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s): %1</source>
        <translation>
            <numerusform>%n segment: %1</numerusform>
            <numerusform>%n segments: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestCompareDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n field differs.</numerusform>
            <numerusform>%n fields differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLogFilterBar</name>
    <message numerus="yes">
        <source>Show permission checks (%n)</source>
        <translation>
            <numerusform>Show permission checks (%n)</numerusform>
            <numerusform>Show permission checks (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) match</source>
        <translation>
            <numerusform>%1 of %n request matches</numerusform>
            <numerusform>%1 of %n requests match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLogPage</name>
    <message numerus="yes">
        <source>Rate limit: %n of %1 left</source>
        <translation>
            <numerusform>Rate limit: %n of %1 left</numerusform>
            <numerusform>Rate limit: %n of %1 left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>Exported %n request to %1.</numerusform>
            <numerusform>Exported %n requests to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message numerus="yes">
        <source>%1 ms, %n attempt(s)</source>
        <translation>
            <numerusform>%1 ms, %n attempt</numerusform>
            <numerusform>%1 ms, %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestUsersPage</name>
    <message numerus="yes">
        <source>%n profile(s) found.</source>
        <translation>
            <numerusform>%n profile found.</numerusform>
            <numerusform>%n profiles found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message numerus="yes">
        <source>%n profiles share %1.</source>
        <translation>
            <numerusform>%n profile shares %1.</numerusform>
            <numerusform>%n profiles share %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profiles share %1; name one with --external-id or --braze-id (see braze-cli user show).</source>
        <translation>
            <numerusform>%n profile shares %1; name one with --external-id or --braze-id (see braze-cli user show).</numerusform>
            <numerusform>%n profiles share %1; name one with --external-id or --braze-id (see braze-cli user show).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message numerus="yes">
        <source>In %n section(s)</source>
        <translation>
            <numerusform>In %n section</numerusform>
            <numerusform>In %n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserSteps</name>
    <message numerus="yes">
        <source>%n profiles share this identifier; Braze uses the most recently updated one.</source>
        <translation>
            <numerusform>%n profile shares this identifier; Braze uses the most recently updated one.</numerusform>
            <numerusform>%n profiles share this identifier; Braze uses the most recently updated one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n attribute(s).</source>
        <translation>
            <numerusform>Sent %n attribute.</numerusform>
            <numerusform>Sent %n attributes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Users::ActionRunner</name>
    <message numerus="yes">
        <source>Looking up %1 still finds %n profile(s).</source>
        <translation>
            <numerusform>Looking up %1 still finds %n profile.</numerusform>
            <numerusform>Looking up %1 still finds %n profiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Users::UserAction</name>
    <message numerus="yes">
        <source>Set %n attribute(s) on %1</source>
        <translation>
            <numerusform>Set %n attribute on %1</numerusform>
            <numerusform>Set %n attributes on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>The external ID has %n characters; Braze allows fewer than 512.</source>
        <translation>
            <numerusform>The external ID has %n character; Braze allows fewer than 512.</numerusform>
            <numerusform>The external ID has %n characters; Braze allows fewer than 512.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1…” has %n characters; Braze truncates names of 255 or more. Keep it under 50.</source>
        <translation>
            <numerusform>“%1…” has %n character; Braze truncates names of 255 or more. Keep it under 50.</numerusform>
            <numerusform>“%1…” has %n characters; Braze truncates names of 255 or more. Keep it under 50.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n digits; an E.164 number has 7 to 15.</source>
        <translation>
            <numerusform>“%1” has %n digit; an E.164 number has 7 to 15.</numerusform>
            <numerusform>“%1” has %n digits; an E.164 number has 7 to 15.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Webhook::AudienceReport</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) previewed</source>
        <translation>
            <numerusform>%n user previewed</numerusform>
            <numerusform>%n users previewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s) (%2)</source>
        <translation>
            <numerusform>%1: %n user (%2)</numerusform>
            <numerusform>%1: %n users (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceEditor</name>
    <message numerus="yes">
        <source>%1 demo key — %n permission(s)</source>
        <translation>
            <numerusform>%1 demo key — %n permission</numerusform>
            <numerusform>%1 demo key — %n permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspacesPage</name>
    <message numerus="yes">
        <source>Imported %n workspace(s): %1. Enter each one&apos;s API key before you use it.</source>
        <translation>
            <numerusform>Imported %n workspace: %1. Enter its API key before you use it.</numerusform>
            <numerusform>Imported %n workspaces: %1. Enter each one&apos;s API key before you use it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workspace(s).</source>
        <translation>
            <numerusform>Imported %n workspace.</numerusform>
            <numerusform>Imported %n workspaces.</numerusform>
        </translation>
    </message>
</context>
</TS>
