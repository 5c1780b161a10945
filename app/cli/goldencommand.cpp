#include "cli/goldencommand.h"

#include "liquid/goldensuite.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {


} // namespace

QString GoldenCommand::name() const
{
    return QStringLiteral("golden");
}

QString GoldenCommand::summary() const
{
    return tr("Check the Liquid engine against a Golden Liquid test file");
}

int GoldenCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs every case of a golden_liquid.json file and prints each failure with the expected and actual output."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The golden_liquid.json file."));
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << tr("braze-cli golden: give exactly one FILE.json.") << '\n';
        return 2;
    }
    Liquid::GoldenSuite suite;
    QString error;
    if (!suite.load(parser.positionalArguments().first(), &error)) {
        err << tr("braze-cli golden: %1").arg(error) << '\n';
        return 2;
    }
    int passed = 0, failed = 0;
    for (const Liquid::GoldenOutcome &o : suite.runAll()) {
        if (o.passed) {
            ++passed;
            continue;
        }
        ++failed;
        out << tr("FAIL %1").arg(o.name) << '\n'
            << tr("  expected: %1").arg(o.expected) << '\n'
            << tr("  actual:   %1").arg(o.actual) << '\n';
    }
    out << tr("%1 passed, %2 failed").arg(passed).arg(failed) << '\n';
    return failed > 0 ? 1 : 0;
}
