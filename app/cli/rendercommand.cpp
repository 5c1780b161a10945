#include "cli/rendercommand.h"

#include "cli/previewdata.h"

#include "files/boundedfilereader.h"
#include "liquid/environment.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace {


bool readFile(const QString &path, QByteArray *contents, QTextStream &err)
{
    BoundedFileReader::Result read = BoundedFileReader::read(path, BoundedFileReader::MaxInputFileBytes);
    if (!read.problem.isEmpty()) {
        err << read.problem << '\n';
        return false;
    }
    *contents = std::move(read.data);
    return true;
}

// The byte offset of the first byte that is not UTF-8 (overlong forms, surrogates and code
// points past U+10FFFF included), or -1. QString::fromUtf8 would replace it silently.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const uchar lead = data[i];
        int length = 0;
        char32_t minimum = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xe0) == 0xc0) {
            length = 2, minimum = 0x80;
        } else if ((lead & 0xf0) == 0xe0) {
            length = 3, minimum = 0x800;
        } else if ((lead & 0xf8) == 0xf0) {
            length = 4, minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        char32_t code = lead & (0x7f >> length);
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xc0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3f);
        }
        if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += length;
    }
    return -1;
}

bool checkUtf8(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad < 0)
        return true;
    const qsizetype lineStart = bytes.lastIndexOf('\n', bad) + 1;
    err << QCoreApplication::translate("RenderCommand", "%1:%2:%3: this is not UTF-8 (byte %4 of the file). Save the file as UTF-8.")
               .arg(path).arg(bytes.left(bad).count('\n') + 1).arg(QString::fromUtf8(bytes.mid(lineStart, bad - lineStart)).size() + 1).arg(bad + 1)
        << '\n';
    return false;
}

} // namespace

QString RenderCommand::name() const
{
    return QStringLiteral("render");
}

QString RenderCommand::summary() const
{
    return RenderCommand::tr("Render a Liquid template with JSON data, as Braze would");
}

int RenderCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RenderCommand::tr("Renders a Braze Liquid template. Output goes to stdout; errors to stderr as FILE:LINE:COL: message."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("template"), RenderCommand::tr("The Liquid template file."), QStringLiteral("FILE")},
        {QStringLiteral("data"), RenderCommand::tr("JSON object with the variables (user attributes, custom_attribute, event_properties...)."), QStringLiteral("FILE")},
        {QStringLiteral("partials"), RenderCommand::tr("Folder with NAME.liquid files for include/render."), QStringLiteral("DIR")},
        {QStringLiteral("strict"), RenderCommand::tr("Strict parsing: reject malformed expressions and unknown filters.")},
        {QStringLiteral("strict-variables"), RenderCommand::tr("Treat variables that are not in the data as errors.")},
    };
    parser.addOptions(options);
    parser.addOptions(PreviewData::options());
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QString templatePath = parser.value(QStringLiteral("template"));
    if (templatePath.isEmpty()) {
        err << RenderCommand::tr("braze-cli render: --template FILE is required.") << '\n';
        return 2;
    }
    QByteArray source;
    if (!readFile(templatePath, &source, err) || !checkUtf8(templatePath, source, err))
        return 2;
    Liquid::Value data{Liquid::Object()};
    if (parser.isSet(QStringLiteral("data"))) {
        QByteArray json;
        if (!readFile(parser.value(QStringLiteral("data")), &json, err))
            return 2;
        QString jsonError;
        data = Liquid::Value::fromJsonText(json, &jsonError);
        if (!jsonError.isEmpty() || !data.isObject()) {
            err << RenderCommand::tr("%1: the data must be a JSON object. %2").arg(parser.value(QStringLiteral("data")), jsonError) << '\n';
            return 2;
        }
    }

    Liquid::Environment env;
    PreviewData::Sources offline;
    if (!PreviewData::readOffline(parser, &offline, err))
        return 2;
    PreviewData::apply(offline, {}, env);
    env.setErrorMode(parser.isSet(QStringLiteral("strict")) ? Liquid::ErrorMode::Strict : Liquid::ErrorMode::Lax);
    env.setStrictVariables(parser.isSet(QStringLiteral("strict-variables")));
    if (parser.isSet(QStringLiteral("partials")))
        env.setPartialSource(std::make_shared<Liquid::DirectoryTemplateSource>(parser.value(QStringLiteral("partials"))));

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
        shown.message = RenderCommand::tr("warning: %1").arg(warning.message);
        err << shown.withCaret(text) << '\n';
    }
    err.flush();
    const Liquid::RenderResult result = env.render(*tmpl, data);
    out << result.output;
    out.flush();
    for (const Liquid::Diagnostic &d : result.errors)
        err << d.format() << '\n';
    // The output lacks what these calls would have inserted: say so, one line per call.
    for (const Liquid::ConnectedContentCall &call : result.connectedContent) {
        if (!call.response.performed)
            err << RenderCommand::tr("%1: connected_content %2 was not fetched: %3").arg(templatePath, call.request.url, call.response.error) << '\n';
    }
    for (const Liquid::Diagnostic &warning : result.warnings) {
        Liquid::Diagnostic shown = warning;
        shown.message = RenderCommand::tr("warning: %1").arg(warning.message);
        err << shown.format() << '\n';
    }
    for (const Liquid::MessageExtra &extra : result.messageExtras)
        err << RenderCommand::tr("message_extras: %1 = %2").arg(extra.key, extra.value) << '\n';
    for (const Liquid::PromotionCode &code : result.promotionCodes)
        err << RenderCommand::tr("promotion code from “%1”: %2 is a sample; Braze takes a real code from the list").arg(code.list, code.sample) << '\n';
    if (result.aborted)
        err << RenderCommand::tr("%1: aborted: %2").arg(templatePath, result.abortMessage.isEmpty() ? QStringLiteral("{% abort_message %} called") : result.abortMessage) << '\n';
    return result.errors.isEmpty() ? 0 : 1;
}
