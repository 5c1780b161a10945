#include "composer/endpointcatalogue.h"

#include <QStringList>
#include <algorithm>

namespace {

// The sections of Braze's REST API documentation, in its order, with the path prefixes that
// belong to each (the first matching prefix wins, so users/export/ goes to Export).
struct Section
{
    const char *title;
    QStringList prefixes;
};

const QList<Section> &sections()
{
    static const QList<Section> list{
        {QT_TRANSLATE_NOOP("EndpointCatalogue", "Catalogs"), {QStringLiteral("/catalogs")}},
        {QT_TRANSLATE_NOOP("EndpointCatalogue", "E-mail lists and addresses"), {QStringLiteral("/email/")}},
        {QT_TRANSLATE_NOOP("EndpointCatalogue", "Export"),
         {QStringLiteral("/users/export/"), QStringLiteral("/campaigns/list"), QStringLiteral("/campaigns/details"), QStringLiteral("/canvas/list"),
          QStringLiteral("/canvas/details"), QStringLiteral("/segments/"), QStringLiteral("/sends/data_series")}},
        {QT_TRANSLATE_NOOP("EndpointCatalogue", "Messaging"),
         {QStringLiteral("/messages/"), QStringLiteral("/campaigns/trigger/"), QStringLiteral("/canvas/trigger/"), QStringLiteral("/sends/id/"),
          QStringLiteral("/transactional/")}},
        {QT_TRANSLATE_NOOP("EndpointCatalogue", "SMS"), {QStringLiteral("/sms/")}},
        {QT_TRANSLATE_NOOP("EndpointCatalogue", "Subscription groups"), {QStringLiteral("/subscription/"), QStringLiteral("/v2/subscription/")}},
        {QT_TRANSLATE_NOOP("EndpointCatalogue", "Templates"), {QStringLiteral("/content_blocks/"), QStringLiteral("/templates/")}},
        {QT_TRANSLATE_NOOP("EndpointCatalogue", "User data"), {QStringLiteral("/users/")}},
    };
    return list;
}

qsizetype sectionIndex(const Braze::EndpointInfo &endpoint)
{
    for (qsizetype i = 0; i < sections().size(); ++i) {
        for (const QString &prefix : sections().at(i).prefixes) {
            if (endpoint.path.startsWith(prefix))
                return i;
        }
    }
    return -1;
}

} // namespace

QString EndpointCatalogue::groupOf(const Braze::EndpointInfo &endpoint)
{
    const qsizetype index = sectionIndex(endpoint);
    return index < 0 ? tr("Other") : tr(sections().at(index).title);
}

QList<EndpointCatalogue::Group> EndpointCatalogue::groups()
{
    return filtered({});
}

QList<EndpointCatalogue::Group> EndpointCatalogue::filtered(const QString &search)
{
    const QStringList words = search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<Group> groups;
    for (const Section &section : sections())
        groups.append({tr(section.title), {}});
    groups.append({tr("Other"), {}});
    for (const Braze::EndpointInfo &endpoint : Braze::allEndpoints()) {
        if (endpoint.id == Braze::Endpoint::Raw)
            continue;
        const qsizetype index = sectionIndex(endpoint);
        Group &group = groups[index < 0 ? groups.size() - 1 : index];
        const QString haystack = QStringList{QString::fromLatin1(endpoint.method), endpoint.path, endpoint.permission, group.title}.join(QLatin1Char(' '));
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
        if (matches)
            group.endpoints.append(endpoint);
    }
    groups.removeIf([](const Group &group) { return group.endpoints.isEmpty(); });
    return groups;
}
