#include "webhook/attributepath.h"

namespace Webhook::AttributePath {

bool isPresent(const Liquid::Value &data, const QString &attribute)
{
    const qsizetype open = attribute.indexOf(QLatin1String("${"));
    const qsizetype close = attribute.indexOf(QLatin1Char('}'), open);
    if (open < 0 || close < 0)
        return true;
    Liquid::Value value = data;
    if (open > 0) {
        // "custom_attribute." before the wrapper
        for (const QStringView part : QStringView(attribute).left(open - 1).split(QLatin1Char('.')))
            value = value.property(part.toString());
    }
    const QString name = attribute.mid(open + 2, close - open - 2);
    if (value.isObject() && value.objectValue().find(name)) {
        value = *value.objectValue().find(name);
    } else {
        for (const QStringView part : QStringView(name).split(QLatin1Char('.')))
            value = value.property(part.toString());
    }
    return !value.isNil() && !(value.isString() && value.stringValue().isEmpty());
}

} // namespace Webhook::AttributePath
