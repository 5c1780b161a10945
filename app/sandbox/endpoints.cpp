#include "sandbox/endpoints.h"

namespace Endpoints {

void registerAll(EndpointTable &table)
{
    addUserTrack(table);
    addUserExport(table);
    addUserIdentity(table);
    addSubscriptions(table);
    addSegments(table);
    addSends(table);
    addMessaging(table);
}

} // namespace Endpoints
