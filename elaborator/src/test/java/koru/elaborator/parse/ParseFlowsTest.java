package koru.elaborator.parse;

import static koru.elaborator.parse.Parsing.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Step;
import org.junit.jupiter.api.Test;

/** Flows, continuations, subflows, labels, taps and tests (LANGUAGE.md A4–A6, A9, A10). */
class ParseFlowsTest {

    private static Step.Invoke invoke(Step step) {
        return assertInstanceOf(Step.Invoke.class, step);
    }

    private static List<String> branches(List<Handler> handlers) {
        return handlers.stream().map(h -> assertInstanceOf(Handler.Pattern.Branch.class, h.pattern()).name()).toList();
    }

    @Test
    void continuationsNestByIndentation() {
        Item.Flow flow = Parsing.clean("""
                ~validate(value: 42)
                | valid v |> double(value: v)
                    | ok d |> show(n: d)
                | invalid e |> report(msg: e.msg)
                """).only(Item.Flow.class);
        Step.Invoke validate = invoke(flow.body());
        at(validate.call().event().span(), 1, 2, "validate");
        assertEquals(List.of("valid", "invalid"), branches(validate.handlers()));
        Handler valid = validate.handlers().get(0);
        at(valid.binding().orElseThrow().span(), 2, 9, "v");
        Step.Invoke doubled = invoke(valid.step());
        at(doubled.span(), 2, 14, "double(value: v)");
        assertEquals(List.of("ok"), branches(doubled.handlers()));
        at(doubled.handlers().get(0).span(), 3, 5, "| ok d |> show(n: d)");
        Handler invalid = validate.handlers().get(1);
        Arg msg = invoke(invalid.step()).call().arguments().get(0);
        assertEquals(Arg.Form.NAMED, msg.form());
        at(msg.nameSpan().orElseThrow(), 4, 23, "msg");
    }

    @Test
    void blankLinesInsideAFlowAreIgnored() {
        Item.Flow flow = Parsing.clean("""
                ~a()
                | x _ |> _

                | y _ |> _
                """).only(Item.Flow.class);
        assertEquals(List.of("x", "y"), branches(invoke(flow.body()).handlers()));
    }

    @Test
    void argumentsAreNamedShorthandOrPositional() {
        Step.Invoke call = invoke(Parsing.clean("~copy(to: \"b\", f.file, 3 + 4)\n").only(Item.Flow.class).body());
        List<Arg> args = call.call().arguments();
        assertEquals(List.of(Arg.Form.NAMED, Arg.Form.SHORTHAND, Arg.Form.POSITIONAL), args.stream().map(Arg::form).toList());
        assertEquals(Optional.of("file"), args.get(1).name());
        at(args.get(1).nameSpan().orElseThrow(), 1, 18, "file");
        at(args.get(2).span(), 1, 24, "3 + 4");
    }

    @Test
    void voidChainsStayOnOneLineAndHandlersHangOnTheLastLink() {
        Step.Invoke a = invoke(Parsing.clean("""
                ~a() |> b() |> c()
                | done _ |> _
                """).only(Item.Flow.class).body());
        assertEquals(List.of(), a.handlers());
        Step.Invoke b = invoke(a.then().orElseThrow());
        Step.Invoke c = invoke(b.then().orElseThrow());
        at(c.span(), 1, 16, "c()");
        assertEquals(List.of("done"), branches(c.handlers()));
    }

    @Test
    void aHandlerMayGuardCatchAllAndEndThePath() {
        Step.Invoke call = invoke(Parsing.clean("""
                ~check(n: 5)
                | ok v when v > 3 && v < 10 |> _
                | ok _v |> _
                |? |> _
                """).only(Item.Flow.class).body());
        Handler guarded = call.handlers().get(0);
        Expr.Binary guard = assertInstanceOf(Expr.Binary.class, guarded.guard().orElseThrow());
        assertEquals(Expr.BinaryOp.AND, guard.op());
        at(guard.span(), 2, 13, "v > 3 && v < 10");
        assertInstanceOf(Step.End.class, guarded.step());
        assertTrue(call.handlers().get(1).binding().orElseThrow().isDiscard());
        Handler catchAll = call.handlers().get(2);
        assertEquals(Optional.empty(), assertInstanceOf(Handler.Pattern.CatchAll.class, catchAll.pattern()).metatype());
    }

    @Test
    void anImmediateSubflowIsABranchConstructor() {
        Item.Subflow subflow = Parsing.clean("~double = ok value * 2\n").only(Item.Subflow.class);
        at(subflow.event().span(), 1, 2, "double");
        Step.Construct ok = assertInstanceOf(Step.Construct.class, subflow.body());
        at(ok.branchSpan(), 1, 11, "ok");
        assertEquals(Expr.BinaryOp.MUL, assertInstanceOf(Expr.Binary.class, ok.value().orElseThrow()).op());
    }

    @Test
    void aSubflowBodyMayStartOnTheNextLine() {
        Item.Subflow subflow = Parsing.clean("""
                ~process =
                    double(value: input)
                | ok r |> done r
                | big _ |> fail
                """).only(Item.Subflow.class);
        Step.Invoke body = invoke(subflow.body());
        at(body.span(), 2, 5, "double(value: input)");
        Step.Construct done = assertInstanceOf(Step.Construct.class, body.handlers().get(0).step());
        assertEquals("done", done.branch());
        assertEquals("r", assertInstanceOf(Expr.Ref.class, done.value().orElseThrow()).name());
        assertEquals(Optional.empty(), assertInstanceOf(Step.Construct.class, body.handlers().get(1).step()).value());
    }

    @Test
    void nameWithParenthesesInvokesAndNameWithValueConstructs() {
        Item.Subflow subflow = Parsing.clean("""
                ~wrap = done { total: 1, note: "x" }
                """).only(Item.Subflow.class);
        Step.Construct done = assertInstanceOf(Step.Construct.class, subflow.body());
        Expr.RecordLit record = assertInstanceOf(Expr.RecordLit.class, done.value().orElseThrow());
        assertEquals(List.of("total", "note"), record.fields().stream().map(Expr.FieldInit::name).toList());
        Item.Subflow invoking = Parsing.clean("~wrap = done(total: 1)\n").only(Item.Subflow.class);
        assertEquals("done", invoke(invoking.body()).call().event().path());
    }

    @Test
    void anOverrideNamesTheModuleOfItsEvent() {
        Item.Subflow override = Parsing.clean("~app:greet = greeting \"hi\"\n").only(Item.Subflow.class);
        assertEquals(Optional.of("app"), override.event().module());
        assertEquals("greet", override.event().path());
    }

    @Test
    void labelsAnchorInvocationsAndJumpsCarryArguments() {
        Step.Invoke count = invoke(Parsing.clean("""
                ~#loop[where i <= n] count(i: 0, n: 10)
                | next c |> @loop(i: c.i + 1, n: c.n)
                | done _ |> _
                """).only(Item.Flow.class).body());
        Step.LabelAnchor loop = count.label().orElseThrow();
        assertEquals("loop", loop.name());
        at(loop.span(), 1, 2, "#loop[where i <= n]");
        assertEquals(Expr.BinaryOp.LE, assertInstanceOf(Expr.Binary.class, loop.invariant().orElseThrow()).op());
        Step.Jump jump = assertInstanceOf(Step.Jump.class, count.handlers().get(0).step());
        at(jump.labelSpan(), 2, 14, "loop");
        assertEquals(2, jump.arguments().size());
    }

    @Test
    void anAnchorWithoutInvariantAndAJumpWithoutArguments() {
        Step.Invoke poll = invoke(Parsing.clean("""
                ~#again poll()
                | retry |> @again
                | done |> _
                """).only(Item.Flow.class).body());
        assertEquals(Optional.empty(), poll.label().orElseThrow().invariant());
        assertEquals(List.of(), assertInstanceOf(Step.Jump.class, poll.handlers().get(0).step()).arguments());
    }

    @Test
    void ifAndForAreInvocationsWithThenElseEachAndDone() {
        Step.Invoke ifCall = invoke(Parsing.clean("""
                ~if(x > 0 || !ok)
                | then |> for(0..n)
                    | each i |> show(n: i)
                    | done |> _
                | else |> _
                """).only(Item.Flow.class).body());
        assertEquals("if", ifCall.call().event().path());
        assertEquals(Expr.BinaryOp.OR, assertInstanceOf(Expr.Binary.class, ifCall.call().arguments().get(0).value()).op());
        Step.Invoke forCall = invoke(ifCall.handlers().get(0).step());
        Expr.Range range = assertInstanceOf(Expr.Range.class, forCall.call().arguments().get(0).value());
        at(range.span(), 2, 15, "0..n");
        assertEquals(List.of("each", "done"), branches(forCall.handlers()));
    }

    @Test
    void aCallSiteMayPickAVariant() {
        Step.Invoke call = invoke(Parsing.clean("~compute|fast(x: 1)\n").only(Item.Flow.class).body());
        assertEquals(Optional.of("fast"), call.call().variant());
        Step.Invoke qualified = invoke(Parsing.clean("~std.io:print(text: \"a\")\n").only(Item.Flow.class).body());
        assertEquals(Optional.of("std.io"), qualified.call().event().module());
        assertEquals("print", qualified.call().event().path());
    }

    @Test
    void tapsHaveEndpointsWithGlobsAndMetatypeHandlers() {
        Parsing parsing = Parsing.clean("""
                ~tap(transfer -> *)
                | done d when d.supply > 0 |> audit(amount: d.supply)
                ~tap(file.* -> std.io:print)
                |? Profile p |> trace(ns: p.timestamp_ns)
                ~tap(ledger:mint)
                | Transition t |> _
                """);
        Item.Tap transfer = parsing.item(0, Item.Tap.class);
        assertEquals("transfer", transfer.source().pattern());
        assertEquals("*", transfer.destination().orElseThrow().pattern());
        at(transfer.destination().orElseThrow().span(), 1, 18, "*");
        Item.Tap files = parsing.item(1, Item.Tap.class);
        assertEquals("file.*", files.source().pattern());
        assertEquals("std.io:print", files.destination().orElseThrow().pattern());
        Handler profile = files.handlers().get(0);
        assertEquals(Optional.of("Profile"), assertInstanceOf(Handler.Pattern.CatchAll.class, profile.pattern()).metatype());
        at(profile.binding().orElseThrow().span(), 4, 12, "p");
        Item.Tap mint = parsing.item(2, Item.Tap.class);
        assertEquals(Optional.empty(), mint.destination());
        assertEquals("Transition", assertInstanceOf(Handler.Pattern.Branch.class, mint.handlers().get(0).pattern()).name());
    }

    @Test
    void aTestBlockHoldsMocksThenAFlow() {
        Item.Test test = Parsing.clean("""
                ~test(withdraw is refused when the balance is short) {
                    ~balance = amount 10

                    ~withdraw(amount: 100)
                    | insufficient s |> assert(s.short == 90)
                    | ok _ |> assert.fail("must not succeed")
                }
                ~tick()
                """).item(0, Item.Test.class);
        assertEquals("withdraw is refused when the balance is short", test.title());
        at(test.titleSpan(), 1, 7, "withdraw is refused when the balance is short");
        assertEquals(2, test.body().size());
        Item.Subflow mock = assertInstanceOf(Item.Subflow.class, test.body().get(0));
        at(mock.event().span(), 2, 6, "balance");
        Step.Invoke flow = invoke(assertInstanceOf(Item.Flow.class, test.body().get(1)).body());
        Step.Invoke fail = invoke(flow.handlers().get(1).step());
        assertEquals("assert.fail", fail.call().event().path());
        assertEquals(7, test.span().file().lineOf(test.span().end()));
    }

    @Test
    void flowsAndSubflowsMayCarryAnnotations() {
        Item.Flow flow = Parsing.clean("~[profile] tick()\n").only(Item.Flow.class);
        assertEquals("profile", flow.annotations().get(0).name());
    }
}
