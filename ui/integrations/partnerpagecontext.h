#pragma once

#include "integrations/partnerconfigstore.h"
#include "users/savedtestuser.h"

#include <QString>
#include <functional>

namespace Config { class SecretStore; }

namespace Braze {
class BrazeClient;
class PermissionProbe;
}

// The services a partner page uses, handed in by the main window (from the ConsoleSession)
// or by a test. Every function may return null: the page then says what is missing.
struct PartnerPageContext
{
    // Where the partner settings are saved (folder per platform, secrets in the keychain).
    Integrations::PartnerConfigStore configStore;
    Config::SecretStore *secrets = nullptr;
    // The API client of the active workspace.
    std::function<Braze::BrazeClient *()> client;
    // The active workspace's permission probe (shared by every page).
    std::function<Braze::PermissionProbe *()> probe;
    // The test users saved for a workspace (Test users page), offered to fill in parameters.
    std::function<QList<Users::SavedTestUser>(const QString &workspaceId)> savedTestUsers;
    // Shows another page of the console ("webhooks", "preset:quikly").
    std::function<void(const QString &page, const QString &argument)> navigate;
};
