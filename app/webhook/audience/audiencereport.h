#pragma once

#include "webhook/audience/audiencesummary.h"

#include <QJsonObject>

namespace Webhook {

// An audience summary as braze-cli prints it: words for people, JSON for machines.
namespace AudienceReport {

// usersListed: how many users each group names before "and N more".
QString toText(const AudienceSummary &summary, int usersListed = 10);
QJsonObject toJson(const AudienceSummary &summary, int usersListed = 50);

} // namespace AudienceReport

} // namespace Webhook
