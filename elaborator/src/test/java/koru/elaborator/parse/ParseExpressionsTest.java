package koru.elaborator.parse;

import static koru.elaborator.parse.Parsing.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Step;
import org.junit.jupiter.api.Test;

/** The expression language of LANGUAGE.md B3 with the precedence of Part D. */
class ParseExpressionsTest {

    /** The value of {@code ~f(x: <text>)}. */
    private static Expr expr(String text) {
        Item.Flow flow = Parsing.clean("~f(x: " + text + ")\n").only(Item.Flow.class);
        return assertInstanceOf(Step.Invoke.class, flow.body()).call().arguments().get(0).value();
    }

    /** Fully parenthesised form, to compare tree shapes at a glance. */
    private static String shape(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> i.value().toString();
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.TextLit t -> '"' + t.value() + '"';
            case Expr.Ref r -> r.module().map(m -> m + ":").orElse("") + r.name();
            case Expr.Member m -> shape(m.target()) + "." + m.name();
            case Expr.Index i -> shape(i.target()) + "[" + shape(i.index()) + "]";
            case Expr.Unary u -> "(" + u.op().symbol() + shape(u.operand()) + ")";
            case Expr.Binary b -> "(" + shape(b.left()) + " " + b.op().symbol() + " " + shape(b.right()) + ")";
            case Expr.Call c -> c.function() + c.arguments().stream().map(ParseExpressionsTest::shape).toList();
            case Expr.RecordLit r -> "{" + String.join(",", r.fields().stream().map(f -> f.name() + ":" + shape(f.value())).toList()) + "}";
            case Expr.ListLit l -> l.elements().stream().map(ParseExpressionsTest::shape).toList().toString();
            case Expr.Range r -> shape(r.from()) + ".." + shape(r.to());
        };
    }

    @Test
    void unaryBindsTighterThanMultiplicationWhichBindsTighterThanAddition() {
        assertEquals("(((-a) * b) + (c % 2))", shape(expr("-a * b + c % 2")));
        assertEquals("((!(!x)) && y)", shape(expr("!!x && y")));
    }

    @Test
    void additiveOperatorsIncludingConcatenationAreLeftAssociative() {
        assertEquals("(((a - b) + c) ++ \"!\")", shape(expr("a - b + c ++ \"!\"")));
        assertEquals("((a / b) / c)", shape(expr("a / b / c")));
    }

    @Test
    void comparisonsSitBetweenArithmeticAndLogic() {
        assertEquals("(((a + 1) < b) || ((c == d) && (e != f)))", shape(expr("a + 1 < b || c == d && e != f")));
    }

    @Test
    void comparisonsAreNotAssociative() {
        Parsing parsing = Parsing.of("~f(x: a < b < c)\n");
        assertEquals(List.of("KORU011 at 1"), parsing.errors());
        at(parsing.diagnostics().get(0).span(), 1, 13, "<");
    }

    @Test
    void implicationIsLowestAndRightAssociative() {
        assertEquals("((a || b) ==> (c ==> d))", shape(expr("a || b ==> c ==> d")));
    }

    @Test
    void parenthesesOverridePrecedence() {
        Expr product = expr("(a + b) * c");
        assertEquals("((a + b) * c)", shape(product));
        at(product.span(), 1, 7, "(a + b) * c");
    }

    @Test
    void postfixMembersIndexesAndEnumValues() {
        assertEquals("((in.balances[k] + Right.write) + mod:Color.red)", shape(expr("in.balances[k] + Right.write + mod:Color.red")));
    }

    @Test
    void builtInCallsRecordAndListLiterals() {
        assertEquals("has[put[map[], 1, 2], len[s]]", shape(expr("has(put(map(), 1, 2), len(s))")));
        assertEquals("{a:1,b:\"t\n\"}", shape(expr("{ a: 1, b: \"t\\n\" }")));
        assertEquals("[1, 2, 3]", shape(expr("[1, 2, 3,]")));
    }

    @Test
    void literalsAreDecimalWithUnderscoresBooleansAndJavaEscapedText() {
        Expr.IntLit big = assertInstanceOf(Expr.IntLit.class, expr("18_446_744_073_709_551_615"));
        assertEquals(new BigInteger("18446744073709551615"), big.value());
        assertEquals(true, assertInstanceOf(Expr.BoolLit.class, expr("true")).value());
        assertEquals("say \"hi\"\tnow\u00e9", assertInstanceOf(Expr.TextLit.class, expr("\"say \\\"hi\\\"\\tnow\\u00e9\"")).value());
    }

    @Test
    void aQualifiedNameIsAnExpressionAfterTheArgumentNameButANamedArgumentAtTheStart() {
        Item.Flow flow = Parsing.clean("~f(limit: cfg:max, cfg:min, (cfg:low))\n").only(Item.Flow.class);
        var args = assertInstanceOf(Step.Invoke.class, flow.body()).call().arguments();
        assertEquals(Optional.of("limit"), args.get(0).name());
        Expr.Ref max = assertInstanceOf(Expr.Ref.class, args.get(0).value());
        assertEquals(Optional.of("cfg"), max.module());
        at(max.span(), 1, 11, "cfg:max");
        assertEquals(Optional.of("cfg"), args.get(1).name());
        assertEquals(Optional.empty(), assertInstanceOf(Expr.Ref.class, args.get(1).value()).module());
        assertEquals(Optional.empty(), args.get(2).name());
        assertEquals(Optional.of("cfg"), assertInstanceOf(Expr.Ref.class, args.get(2).value()).module());
    }

    @Test
    void spansOfBinaryExpressionsCoverBothOperands() {
        Expr.Binary sum = assertInstanceOf(Expr.Binary.class, expr("a + b*c"));
        at(sum.span(), 1, 7, "a + b*c");
        at(sum.right().span(), 1, 11, "b*c");
    }
}
