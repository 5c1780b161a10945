#include "sandbox/endpoints.h"
#include "sandbox/endpointtable.h"

void Endpoints::addSubscriptions(EndpointTable &)
{
}
