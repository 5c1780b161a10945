// The read-only report step types: list-segments, segment-details, segment-data-series,
// sends-data-series.
#include "integrations/steps/apicallstep.h"
#include "integrations/stepargs.h"
#include "integrations/stepregistry.h"

#include "braze/requests/reportrequests.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Integrations {

class ReportSteps
{
    Q_DECLARE_TR_FUNCTIONS(ReportSteps)

public:
    static StepResult seriesResult(const Braze::ApiResult &result, const QString &what)
    {
        const QJsonArray data = result.json.object().value(QLatin1String("data")).toArray();
        return StepResult::passed(data.isEmpty() ? QStringLiteral("empty") : QStringLiteral("ok"),
                                  tr("%1: %n day(s) of data.", nullptr, int(data.size())).arg(what), {{QStringLiteral("data"), data}});
    }
};

void registerReportSteps(StepRegistry &registry)
{
    registry.add(QStringLiteral("list-segments"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *) {
            return Braze::prepare(Braze::SegmentListQuery{int(StepArgs::number(args, QStringLiteral("page"), 0)), false});
        }, [](const Braze::ApiResult &result, const QJsonObject &) {
            const QJsonArray segments = result.json.object().value(QLatin1String("segments")).toArray();
            const QString first = segments.isEmpty() ? QString() : segments.first().toObject().value(QLatin1String("id")).toString();
            QStringList names;
            for (const QJsonValue &s : segments)
                names.append(s.toObject().value(QLatin1String("name")).toString());
            if (segments.isEmpty())
                return StepResult::failed(ReportSteps::tr("The workspace has no segments."), ReportSteps::tr("Create a segment in Braze first."));
            return StepResult::passed(QStringLiteral("ok"), ReportSteps::tr("%n segment(s): %1", nullptr, int(segments.size())).arg(names.join(QStringLiteral(", "))),
                                      {{QStringLiteral("segments"), segments}, {QStringLiteral("first_id"), first}});
        }, parent);
    });
    registry.add(QStringLiteral("segment-details"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *) {
            return Braze::prepare(Braze::SegmentDetailsQuery{StepArgs::text(args, QStringLiteral("segment_id"))});
        }, [](const Braze::ApiResult &result, const QJsonObject &) {
            const QJsonObject o = result.json.object();
            return StepResult::passed(QStringLiteral("ok"), ReportSteps::tr("%1: %2").arg(o.value(QLatin1String("name")).toString(),
                                                                                           o.value(QLatin1String("description")).toString()), o);
        }, parent);
    });
    registry.add(QStringLiteral("segment-data-series"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *) {
            return Braze::prepare(Braze::SegmentDataSeriesQuery{StepArgs::text(args, QStringLiteral("segment_id")),
                                                                int(StepArgs::number(args, QStringLiteral("length"), 14)), {}});
        }, [](const Braze::ApiResult &result, const QJsonObject &) { return ReportSteps::seriesResult(result, ReportSteps::tr("Segment size")); },
           parent);
    });
    registry.add(QStringLiteral("sends-data-series"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *) {
            return Braze::prepare(Braze::SendDataSeriesQuery{StepArgs::text(args, QStringLiteral("campaign_id")), StepArgs::text(args, QStringLiteral("send_id")),
                                                             int(StepArgs::number(args, QStringLiteral("length"), 14)), {}});
        }, [](const Braze::ApiResult &result, const QJsonObject &) { return ReportSteps::seriesResult(result, ReportSteps::tr("Send statistics")); },
           parent);
    });
}

} // namespace Integrations
