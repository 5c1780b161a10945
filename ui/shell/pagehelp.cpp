#include "shell/pagehelp.h"

QString PageHelp::text(const QString &pageId, const QString &pageTitle)
{
    QString what;
    if (pageId == QLatin1String("workspaces"))
        what = tr("<p>A workspace is one Braze workspace: its REST endpoint, its API key (kept in the system's keychain) and its App ID. "
                  "The built-in sandbox imitates Braze on this computer. Choose a workspace and click “Use this workspace”; "
                  "the permission table shows which permissions each integration needs and which the key really has.</p>"
                  "<p>Ctrl+S saves the workspace.</p>");
    else if (pageId == QLatin1String("webhooks"))
        what = tr("<p>Build a webhook template with Braze's Liquid and see the exact request it sends for a random, an existing or "
                  "a custom user. Problems are listed under the editor; partner secrets stay in the keychain.</p>"
                  "<p>Ctrl+S saves the template, Ctrl+Return sends a test, Ctrl+F searches the templates, Esc cancels a delivery "
                  "rehearsal.</p>");
    else if (pageId == QLatin1String("users"))
        what = tr("<p>Look up a user by external ID, e-mail address, phone number, alias or Braze ID, see the profile and change "
                  "it by hand: attributes, events, subscriptions, aliases. Every change shows its request before it is sent.</p>"
                  "<p>Ctrl+F goes to the look-up field, Ctrl+Return looks the user up, Ctrl+S saves the user as a test user.</p>");
    else if (pageId == QLatin1String("requestlog"))
        what = tr("<p>Every request the console sent to Braze and Braze's answer, with the page or workflow step it came from. "
                  "Search, filter, compare two requests, send one again or copy it as cURL or HTTPie.</p>"
                  "<p>Ctrl+F goes to the search field.</p>");
    else if (pageId == QLatin1String("composer"))
        what = tr("<p>Write one API call yourself, as with braze-cli call: pick a documented endpoint (its method, path and Braze's "
                  "example fill in), edit the JSON body and the query parameters and send it to the active workspace. The body is "
                  "checked as you type; the permission the call needs is shown with whether the API key has it. Favourites are kept "
                  "per workspace, and what you type is kept until the next start.</p>"
                  "<p>Ctrl+F searches the endpoints, Ctrl+Return sends, Esc cancels the call.</p>");
    else
        what = tr("<p>Set up the %1 integration: enter the IDs and secrets it needs (checked as you type and, with “Check in "
                  "Braze”, against Braze), see what the API key must allow, then run the partner's documented workflows step "
                  "by step against Braze or the sandbox.</p>"
                  "<p>Ctrl+S saves the settings, Ctrl+Return runs the chosen workflow, Esc cancels it.</p>").arg(pageTitle.toHtmlEscaped());
    return what + tr("<p>Everywhere: Ctrl+1 to Ctrl+9 open the pages in the order of the list on the left, F1 shows this help.</p>");
}
