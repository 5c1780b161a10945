#include "liquid/diagnostic.h"
#include "liquid/lexer.h"
#include "liquid/markuplexer.h"

#include <QTest>

// The template lexer (text / {{ }} / {% %} with whitespace control) and the markup lexer.
class TestLiquidLexer : public QObject
{
    Q_OBJECT

private slots:
    void splitsTextOutputsAndTags();
    void whitespaceControlTrimsNeighbours();
    void brazeOutputsWithDollarBraces();
    void nestedOutputInsideOutput();
    void quotedClosingBracesDoNotEndOutput();
    void unclosedOutputIsAnError();
    void rawTextUpToEndTag();
    void markupTokens();
    void lineIndexGivesLineAndColumn();
};

static QList<Liquid::Token> lexAll(QStringView source)
{
    Liquid::Lexer lexer(source);
    QList<Liquid::Token> out;
    for (Liquid::Token t = lexer.next(); t.kind != Liquid::Token::Kind::End; t = lexer.next()) {
        out.append(t);
        if (t.kind == Liquid::Token::Kind::Error)
            break;
    }
    return out;
}

void TestLiquidLexer::splitsTextOutputsAndTags()
{
    const QString src = QStringLiteral("Hi {{ name }}!{% if x %}y{% endif %}");
    const auto t = lexAll(src);
    QCOMPARE(t.size(), 6);
    QCOMPARE(t[0].kind, Liquid::Token::Kind::Text);
    QCOMPARE(t[0].markup.toString(), QStringLiteral("Hi "));
    QCOMPARE(t[1].kind, Liquid::Token::Kind::Output);
    QCOMPARE(t[1].markup.toString().trimmed(), QStringLiteral("name"));
    QCOMPARE(t[3].kind, Liquid::Token::Kind::Tag);
    QCOMPARE(t[3].name.toString(), QStringLiteral("if"));
    QCOMPARE(t[3].markup.toString(), QStringLiteral("x"));
    QCOMPARE(t[3].offset, 14);
}

void TestLiquidLexer::whitespaceControlTrimsNeighbours()
{
    const QString src = QStringLiteral("a \n {%- if x -%} \n b {{- y }}");
    const auto t = lexAll(src);
    QCOMPARE(t[0].markup.toString(), QStringLiteral("a"));
    QVERIFY(t[1].trimLeft && t[1].trimRight);
    QCOMPARE(t[2].markup.toString(), QStringLiteral("b"));
}

void TestLiquidLexer::brazeOutputsWithDollarBraces()
{
    const QString src = QStringLiteral("{{${first_name}}}!");
    const auto t = lexAll(src);
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0].markup.toString(), QStringLiteral("${first_name}"));
    QCOMPARE(t[1].markup.toString(), QStringLiteral("!"));
}

void TestLiquidLexer::nestedOutputInsideOutput()
{
    const QString src = QStringLiteral("{{custom_attribute.${a} | plus: {{balance}}}}x");
    const auto t = lexAll(src);
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0].markup.toString(), QStringLiteral("custom_attribute.${a} | plus: {{balance}}"));
}

void TestLiquidLexer::quotedClosingBracesDoNotEndOutput()
{
    const auto t = lexAll(u"{{ '}}' }}z");
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0].markup.toString(), QStringLiteral(" '}}' "));
}

void TestLiquidLexer::unclosedOutputIsAnError()
{
    Liquid::Lexer lexer(u"ab {{ x");
    lexer.next();
    const Liquid::Token t = lexer.next();
    QCOMPARE(t.kind, Liquid::Token::Kind::Error);
    QCOMPARE(t.offset, 3);
    QVERIFY(lexer.errorMessage().contains(QStringLiteral("not closed")));
}

void TestLiquidLexer::rawTextUpToEndTag()
{
    const QString src = QStringLiteral("{% raw %}{{ x }}{% endraw %}after");
    Liquid::Lexer lexer(src);
    QCOMPARE(lexer.next().name.toString(), QStringLiteral("raw"));
    QStringView text;
    Liquid::Token end;
    QVERIFY(lexer.rawUntil(u"endraw", &text, &end));
    QCOMPARE(text.toString(), QStringLiteral("{{ x }}"));
    QCOMPARE(lexer.next().markup.toString(), QStringLiteral("after"));
}

void TestLiquidLexer::markupTokens()
{
    using K = Liquid::MarkupToken::Kind;
    Liquid::MarkupTokens t;
    Liquid::MarkupLexer::tokenize(u"a.b[0] | f: 'x', -1.5 (1..n) ${zip code} >= x-y?", 10, t);
    const QList<K> kinds{K::Identifier, K::Dot, K::Identifier, K::LBracket, K::Integer, K::RBracket, K::Pipe,
                         K::Identifier, K::Colon, K::String, K::Comma, K::Float, K::LParen, K::Integer, K::DotDot,
                         K::Identifier, K::RParen, K::BrazeAttribute, K::Comparison, K::Identifier, K::End};
    QCOMPARE(t.size(), kinds.size());
    for (int i = 0; i < kinds.size(); ++i)
        QCOMPARE(t[i].kind, kinds[i]);
    QCOMPARE(t[0].offset, 10);
    QCOMPARE(t[9].text.toString(), QStringLiteral("x"));
    QCOMPARE(t[17].text.toString(), QStringLiteral("zip code"));
    QCOMPARE(t[19].text.toString(), QStringLiteral("x-y?"));
}

void TestLiquidLexer::lineIndexGivesLineAndColumn()
{
    const Liquid::LineIndex index(u"ab\ncde\n\nf");
    int line = 0, column = 0;
    index.locate(4, &line, &column);
    QCOMPARE(line, 2);
    QCOMPARE(column, 2);
    index.locate(8, &line, &column);
    QCOMPARE(line, 4);
    QCOMPARE(column, 1);
}

QTEST_GUILESS_MAIN(TestLiquidLexer)
#include "tst_liquidlexer.moc"
