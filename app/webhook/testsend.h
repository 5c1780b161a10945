#pragma once

#include "braze/brazeclient.h"
#include "webhook/renderedrequest.h"

namespace Webhook {

// Sends a rendered request (rendered with the real secrets) through the network layer, so it
// is paced, timed and entered in the request log with its secret headers redacted. Connect to
// the handle's finished() for status, headers, body and duration.
Braze::RequestHandle *sendTest(Braze::BrazeClient &client, const RenderedRequest &request, const QUrl &target = QUrl());

} // namespace Webhook
