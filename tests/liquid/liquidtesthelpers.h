#pragma once

#include "liquid/environment.h"

#include <QTest>

// Shared by the Liquid suites: render a template against JSON data in one call.
namespace LiquidTest {

inline Liquid::Value json(const char *text)
{
    QString error;
    const Liquid::Value v = Liquid::Value::fromJsonText(QByteArrayView(text), &error);
    if (!error.isEmpty())
        qFatal("bad test JSON: %s", qPrintable(error));
    return v;
}

inline Liquid::RenderResult renderWith(const Liquid::Environment &env, const QString &source, const char *data = "{}")
{
    return env.render(source, json(data), QStringLiteral("test"));
}

inline QString render(const QString &source, const char *data = "{}")
{
    Liquid::Environment env;
    const Liquid::RenderResult r = renderWith(env, source, data);
    return r.errors.isEmpty() ? r.output : QStringLiteral("ERROR: ") + r.errors.first().format();
}

} // namespace LiquidTest
