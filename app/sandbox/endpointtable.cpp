#include "sandbox/endpointtable.h"

namespace Sandbox {

namespace {
QString exactKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}
bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}
}

void EndpointTable::add(const QString &route, EndpointDefinition endpoint)
{
    const QStringList segments = route.split(QLatin1Char('/'));
    const bool exact = std::none_of(segments.begin(), segments.end(), isParameter);
    if (exact)
        m_exact.insert(exactKey(endpoint.method, route), m_routes.size());
    m_routes.append({route, segments, std::move(endpoint)});
}

EndpointTable::Match EndpointTable::find(const QByteArray &method, const QString &path) const
{
    const auto exact = m_exact.constFind(exactKey(method, path));
    if (exact != m_exact.constEnd())
        return {&m_routes.at(*exact).endpoint, {}};
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const Route &r : m_routes) {
        if (r.endpoint.method != method || r.segments.size() != segments.size())
            continue;
        Match match{&r.endpoint, {}};
        for (qsizetype i = 0; i < segments.size() && match.endpoint; ++i) {
            const QString &want = r.segments.at(i);
            if (isParameter(want) && !segments.at(i).isEmpty())
                match.params.insert(want.mid(1, want.size() - 2), segments.at(i));
            else if (want != segments.at(i))
                match.endpoint = nullptr;
        }
        if (match.endpoint)
            return match;
    }
    return {};
}

QStringList EndpointTable::routes() const
{
    QStringList all;
    for (const Route &r : m_routes)
        all << QString::fromLatin1(r.endpoint.method) + QLatin1Char(' ') + r.route;
    return all;
}

} // namespace Sandbox
