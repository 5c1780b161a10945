#include "sandbox/endpointfamilies.h"

namespace Sandbox {

namespace EndpointFamilies {

void registerAll(EndpointTable &table)
{
    addUserTrack(table);
    addUserExport(table);
    addUserIdentity(table);
    addSubscriptions(table);
    addSegments(table);
    addSends(table);
    addMessaging(table);
    addTriggers(table);
    addTransactional(table);
    addCampaignExport(table);
    addUserMerge(table);
    addSegmentExport(table);
    addEmailLists(table);
    addTemplates(table);
    addCatalogs(table);
}

} // namespace EndpointFamilies

} // namespace Sandbox
