#pragma once

class EndpointTable;

// Registration of the Braze REST endpoints the sandbox imitates, one family per source file.
namespace Endpoints {

void registerAll(EndpointTable &table);

void addUserTrack(EndpointTable &table);        // usertrackendpoint.cpp
void addUserExport(EndpointTable &table);       // userexportendpoint.cpp
void addUserIdentity(EndpointTable &table);     // useridentityendpoints.cpp: alias/new, identify, delete
void addSubscriptions(EndpointTable &table);    // subscriptionendpoints.cpp
void addSegments(EndpointTable &table);         // segmentendpoints.cpp
void addSends(EndpointTable &table);            // sendendpoints.cpp: sends/id/create, sends/data_series
void addMessaging(EndpointTable &table);        // messagingendpoints.cpp: schedule/*, trigger/send, messages/send

} // namespace Endpoints
