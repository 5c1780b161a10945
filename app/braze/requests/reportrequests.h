#pragma once

#include "braze/apirequest.h"

// Typed queries of the read-only segment and send analytics endpoints (braze-api.md §11.10-§11.13).
namespace Braze {

struct SegmentListQuery
{
    int page = 0;
    bool newestFirst = false;
};

struct SegmentDetailsQuery
{
    QString segmentId;
};

struct SegmentDataSeriesQuery
{
    QString segmentId;
    int lengthDays = 14; // 1-100
    QString endingAt;    // optional ISO 8601
};

struct SendDataSeriesQuery
{
    QString campaignId;
    QString sendId;
    int lengthDays = 14; // 1-100
    QString endingAt;    // optional ISO 8601
};

PreparedRequest prepare(const SegmentListQuery &query);
PreparedRequest prepare(const SegmentDetailsQuery &query);
PreparedRequest prepare(const SegmentDataSeriesQuery &query);
PreparedRequest prepare(const SendDataSeriesQuery &query);

} // namespace Braze
