#pragma once

namespace Sandbox {

class EndpointTable;

// Registration of the Braze REST endpoints the sandbox imitates, one family per source file.
namespace EndpointFamilies {

void registerAll(EndpointTable &table);

void addUserTrack(EndpointTable &table);        // usertrackendpoint.cpp
void addUserExport(EndpointTable &table);       // userexportendpoint.cpp
void addUserIdentity(EndpointTable &table);     // useridentityendpoints.cpp: alias/new, identify, delete
void addSubscriptions(EndpointTable &table);    // subscriptionendpoints.cpp
void addSegments(EndpointTable &table);         // segmentendpoints.cpp
void addSends(EndpointTable &table);            // sendendpoints.cpp: sends/id/create, sends/data_series
void addMessaging(EndpointTable &table);        // messagingendpoints.cpp: schedule/*, trigger/send, messages/send
void addTriggers(EndpointTable &table);         // triggerendpoints.cpp: canvas/trigger/send, */trigger/schedule/*, scheduled_broadcasts
void addTransactional(EndpointTable &table);    // transactionalendpoint.cpp
void addCampaignExport(EndpointTable &table);   // campaignexportendpoints.cpp: campaigns|canvas list and details
void addUserMerge(EndpointTable &table);        // usermergeendpoints.cpp: merge, alias/update, external_ids/*
void addSegmentExport(EndpointTable &table);    // segmentexportendpoints.cpp: export/segment, export/global_control_group
void addEmailLists(EndpointTable &table);       // emaillistendpoints.cpp: email/*, sms/invalid_phone_numbers*
void addTemplates(EndpointTable &table);        // templateendpoints.cpp: content_blocks/*, templates/email/*
void addCatalogs(EndpointTable &table);         // catalogendpoints.cpp: synchronous catalog and item calls

} // namespace EndpointFamilies

} // namespace Sandbox
