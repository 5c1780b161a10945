#include "rendercommand.h"

#include "liquid/environment.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace {


bool readFile(const QString &path, QByteArray *contents, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << RenderCommand::tr("%1: cannot read the file: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    *contents = file.readAll();
    return true;
}

} // namespace

QString RenderCommand::name() const
{
    return QStringLiteral("render");
}

QString RenderCommand::summary() const
{
    return tr("Render a Liquid template with JSON data, as Braze would");
}

int RenderCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renders a Braze Liquid template. Output goes to stdout; errors to stderr as FILE:LINE:COL: message."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("template"), tr("The Liquid template file."), QStringLiteral("FILE")},
        {QStringLiteral("data"), tr("JSON object with the variables (user attributes, custom_attribute, event_properties...)."), QStringLiteral("FILE")},
        {QStringLiteral("partials"), tr("Folder with NAME.liquid files for include/render."), QStringLiteral("DIR")},
        {QStringLiteral("content-blocks"), tr("Folder with NAME.liquid files for {{content_blocks.${NAME}}}."), QStringLiteral("DIR")},
        {QStringLiteral("strict"), tr("Strict parsing: reject malformed expressions and unknown filters.")},
        {QStringLiteral("strict-variables"), tr("Treat variables that are not in the data as errors.")},
    };
    parser.addOptions(options);
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QString templatePath = parser.value(QStringLiteral("template"));
    if (templatePath.isEmpty()) {
        err << tr("braze-cli render: --template FILE is required.") << '\n';
        return 2;
    }
    QByteArray source;
    if (!readFile(templatePath, &source, err))
        return 2;
    Liquid::Value data{Liquid::Object()};
    if (parser.isSet(QStringLiteral("data"))) {
        QByteArray json;
        if (!readFile(parser.value(QStringLiteral("data")), &json, err))
            return 2;
        QString jsonError;
        data = Liquid::Value::fromJsonText(json, &jsonError);
        if (!jsonError.isEmpty() || !data.isObject()) {
            err << tr("%1: the data must be a JSON object. %2").arg(parser.value(QStringLiteral("data")), jsonError) << '\n';
            return 2;
        }
    }

    Liquid::Environment env;
    env.setErrorMode(parser.isSet(QStringLiteral("strict")) ? Liquid::ErrorMode::Strict : Liquid::ErrorMode::Lax);
    env.setStrictVariables(parser.isSet(QStringLiteral("strict-variables")));
    if (parser.isSet(QStringLiteral("partials")))
        env.setPartialSource(std::make_shared<Liquid::DirectoryTemplateSource>(parser.value(QStringLiteral("partials"))));
    if (parser.isSet(QStringLiteral("content-blocks")))
        env.setContentBlockSource(std::make_shared<Liquid::DirectoryTemplateSource>(parser.value(QStringLiteral("content-blocks"))));

    const QString text = QString::fromUtf8(source);
    Liquid::Diagnostic error;
    const Liquid::TemplatePtr tmpl = env.parse(text, templatePath, &error);
    if (!tmpl) {
        err << error.withCaret(text) << '\n';
        return 1;
    }
    // Lax parsing renders what Braze renders and says what it skipped (before the output, so a
    // terminal shows them first).
    for (const Liquid::Diagnostic &warning : tmpl->analysis().warnings) {
        Liquid::Diagnostic shown = warning;
        shown.message = tr("warning: %1").arg(warning.message);
        err << shown.withCaret(text) << '\n';
    }
    err.flush();
    const Liquid::RenderResult result = env.render(*tmpl, data);
    out << result.output;
    out.flush();
    for (const Liquid::Diagnostic &d : result.errors)
        err << d.format() << '\n';
    if (result.aborted)
        err << tr("%1: aborted: %2").arg(templatePath, result.abortMessage.isEmpty() ? QStringLiteral("{% abort_message %} called") : result.abortMessage) << '\n';
    return result.errors.isEmpty() ? 0 : 1;
}
