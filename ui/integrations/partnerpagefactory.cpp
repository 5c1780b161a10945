#include "integrations/partnerpagefactory.h"

#include "config/workspacestore.h"
#include "consolesession.h"
#include "integrations/partnerloader.h"
#include "integrations/stepregistry.h"
#include "integrations/partnerpage.h"
#include "users/testuserstore.h"
#include "workspaceconnection.h"

#include <QDebug>

using namespace Integrations;
using namespace Config;
using namespace Users;

QList<PartnerPage *> PartnerPageFactory::createAll(ConsoleSession &session, const std::function<void(const QString &, const QString &)> &navigate,
                                                   QWidget *parent)
{
    QStringList errors;
    const QList<PartnerDescription> partners = PartnerLoader(StepRegistry::standard()).loadEmbedded(&errors);
    for (const QString &error : errors)
        qWarning().noquote() << error;  // embedded descriptions: tst_partnerdescriptions keeps this empty

    PartnerPageContext context;
    context.configStore = PartnerConfigStore(QString(), &session.secrets());
    context.secrets = &session.secrets();
    context.client = [&session]() -> Braze::BrazeClient * { return session.connection() ? &session.connection()->client() : nullptr; };
    context.probe = [&session]() -> Braze::PermissionProbe * { return session.connection() ? &session.connection()->permissions() : nullptr; };
    context.navigate = navigate;
    context.savedTestUsers = [&session](const QString &workspaceId) { return session.testUsers().list(workspaceId); };

    QList<PartnerPage *> pages;
    for (const PartnerDescription &partner : partners) {
        auto *page = new PartnerPage(partner, context, parent);
        page->setWorkspace(session.workspaces().current());
        QObject::connect(&session.workspaces(), &WorkspaceStore::currentWorkspaceChanged, page, &PartnerPage::setWorkspace);
        QObject::connect(&session, &ConsoleSession::connectionChanged, page, &PartnerPage::refreshConnection);
        pages.append(page);
    }
    return pages;
}
