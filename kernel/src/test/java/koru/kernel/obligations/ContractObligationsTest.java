package koru.kernel.obligations;

import static koru.kernel.ir.Expr.BinaryOp.ADD;
import static koru.kernel.ir.Expr.BinaryOp.AND;
import static koru.kernel.ir.Expr.BinaryOp.EQ;
import static koru.kernel.ir.Expr.BinaryOp.GT;
import static koru.kernel.ir.Expr.BinaryOp.IMPLIES;
import static koru.kernel.ir.Expr.BinaryOp.LE;
import static koru.kernel.ir.Expr.BinaryOp.LT;
import static koru.kernel.ir.Program.Implementation.HOST;
import static koru.kernel.ir.Program.Implementation.SUBFLOW;
import static koru.kernel.obligations.Ir.*;
import static koru.kernel.obligations.Obligation.Kind.OVERFLOW;
import static koru.kernel.obligations.Obligation.Kind.POST;
import static koru.kernel.obligations.Obligation.Kind.PRE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Node;
import koru.kernel.ir.Program;
import koru.kernel.ir.Ty;
import koru.smt.report.Value;
import org.junit.jupiter.api.Test;

/** Pre- and postconditions through calls (modular: a caller knows only the callee's contract), guards and capabilities. */
class ContractObligationsTest {
    static final Expr X = var("x", I64);
    static final Expr LO = var("lo", I64);
    static final Expr HI = var("hi", I64);

    /** variants.kz: {@code clamp { x, lo, hi: i64 } where lo <= hi | clamped i64 where in.lo <= clamped <= in.hi && (in range ==> clamped == in.x)}. */
    static Program.Event clamp(Program.Implementation implementation) {
        Expr c = var("clamped", I64);
        Expr inLo = in("lo", I64);
        Expr inHi = in("hi", I64);
        Expr inX = in("x", I64);
        Expr post = test(test(test(inLo, LE, c), AND, test(c, LE, inHi)), AND,
                test(test(test(inLo, LE, inX), AND, test(inX, LE, inHi)), IMPLIES, test(c, EQ, inX)));
        return event("v:clamp", List.of(f("x", I64), f("lo", I64), f("hi", I64)), Optional.of(test(LO, LE, HI)), implementation,
                branch("clamped", I64, Optional.of(post)));
    }

    static Verdicts clampBody(Expr whenBelow, Expr whenAbove, Expr otherwise) {
        return Verdicts.of(program(List.of(), List.of(clamp(SUBFLOW)), subflow("v:clamp",
                when(test(X, LT, LO), construct(1, "clamped", whenBelow),
                        when(test(X, GT, HI), construct(2, "clamped", whenAbove), construct(3, "clamped", otherwise))))));
    }

    @Test
    void clampMeetsItsContractOnEveryPath() {
        Verdicts verdicts = clampBody(LO, HI, X);
        verdicts.proven(POST, 1);
        verdicts.proven(POST, 2);
        verdicts.proven(POST, 3);
    }

    @Test
    void aClampThatReturnsXOutOfRangeFails() {
        Verdicts verdicts = clampBody(X, X, X);
        verdicts.failed(POST, 1);
        verdicts.failed(POST, 2);
        verdicts.proven(POST, 3);
    }

    @Test
    void aClampThatSwapsItsBoundsIsStillCorrect() {
        // Out of range, hi is as good a bound as lo: the contract only asks for a value in [lo, hi].
        Verdicts verdicts = clampBody(HI, LO, X);
        verdicts.proven(POST, 1);
        verdicts.proven(POST, 2);
    }

    @Test
    void aClampThatIgnoresXFails() {
        clampBody(LO, HI, LO).failed(POST, 3);
    }

    /** {@code ~event expect { ok: bool } where ok}: a stand-in for assert that the kernel checks as a precondition. */
    static final Program.Event EXPECT = event("v:expect", List.of(f("ok", Ty.BOOL)), Optional.of(var("ok", Ty.BOOL)), HOST);

    static Verdicts clampThen(long x, long expected) {
        return Verdicts.of(program(List.of(), List.of(clamp(HOST), EXPECT), flow(invoke(1, "v:clamp",
                List.of(num(x, I64), num(0, I64), num(10, I64)),
                on("clamped", "c", call(2, "v:expect", List.of(test(var("c", I64), EQ, num(expected, I64)))))))));
    }

    @Test
    void aCallerKnowsWhatTheTakenBranchPromises() {
        // variants.kz test 1: clamp(x: 5, lo: 0, hi: 10) | clamped c, so c == 5.
        Verdicts verdicts = clampThen(5, 5);
        verdicts.proven(PRE, 1);
        verdicts.proven(PRE, 2);
    }

    @Test
    void aCallerKnowsNothingTheContractDoesNotSay() {
        // variants.kz test 2: clamp(x: -3, ...) is 0 when run, but the contract allows any value in [0, 10].
        clampThen(-3, 0).failed(PRE, 2);
    }

    @Test
    void callingWithUnorderedBoundsFailsThePrecondition() {
        Verdicts.of(program(List.of(), List.of(clamp(HOST)), flow(invoke(1, "v:clamp",
                List.of(num(1, I64), num(10, I64), num(0, I64)), on("clamped", "c", end()))))).failed(PRE, 1);
    }

    /** {@code ~event sample {} | got u32} (host), and {@code positive { v: u32 } where v > 0}, {@code zero { v: u32 } where v == 0}. */
    static Verdicts sampled(Node.Handler... handlers) {
        Program.Event sample = event("g:sample", List.of(), Optional.empty(), HOST, branch("got", U32, Optional.empty()));
        Program.Event positive = event("g:positive", List.of(f("v", U32)), Optional.of(test(var("v", U32), GT, num(0, U32))), HOST);
        Program.Event zero = event("g:zero", List.of(f("v", U32)), Optional.of(test(var("v", U32), EQ, num(0, U32))), HOST);
        return Verdicts.of(program(List.of(), List.of(sample, positive, zero), flow(invoke(1, "g:sample", List.of(), handlers))));
    }

    static Expr n() {
        return var("n", U32);
    }

    @Test
    void aWhenGuardHoldsOnItsPathAndFailsOnTheUnguardedOne() {
        // | got n when n > 0 |> positive(v: n)   | got m |> zero(v: m)
        Verdicts verdicts = sampled(onWhen("got", "n", test(n(), GT, num(0, U32)), call(2, "g:positive", List.of(n()))),
                on("got", "m", call(3, "g:zero", List.of(var("m", U32)))));
        verdicts.proven(PRE, 2);
        verdicts.proven(PRE, 3);
    }

    @Test
    void withoutItsGuardAHandlerMayGetAnything() {
        Verdicts verdicts = sampled(onWhen("got", "n", test(n(), GT, num(5, U32)), call(2, "g:zero", List.of(n()))),
                on("got", "m", call(3, "g:positive", List.of(var("m", U32)))));
        verdicts.failed(PRE, 2);
        assertEquals(new Value.IntValue(java.math.BigInteger.ZERO), verdicts.failed(PRE, 3).get("n"));
    }

    @Test
    void aGuardIsCodeAndCanOverflow() {
        Verdicts verdicts = sampled(onWhen("got", "n", test(op(4, n(), ADD, num(1, U32), U32), GT, num(5, U32)), end()),
                on("got", "m", end()));
        verdicts.failed(OVERFLOW, 4);
        assertEquals(1, verdicts.count(OVERFLOW));
    }

    @Test
    void aNumberPrintedAsTextIsAnyTextUnderAName() {
        // ~event g:show { text: []const u8 } where text == "n=7";  show(text: "n=" ++ 7): the rendering is not modelled,
        // so the call fails, and the model names the printed text apart from any user's value (no identifier has a '$').
        Program.Event show = event("g:show", List.of(f("text", Ty.TEXT)), Optional.of(test(var("text", Ty.TEXT), EQ, text("n=7"))), HOST);
        Expr printed = op(text("n="), Expr.BinaryOp.CONCAT, num(7, U32), Ty.TEXT);
        Map<String, Value> model = Verdicts.of(program(List.of(), List.of(show), flow(call(1, "g:show", List.of(printed))))).failed(PRE, 1);
        assertEquals(Set.of("$text"), model.keySet());
    }

    @Test
    void aFlowStartsKnowingNothing() {
        Verdicts.of(program(List.of(), List.of(event("g:positive", List.of(f("v", U32)),
                Optional.of(test(var("v", U32), GT, num(0, U32))), HOST)), flow(call(1, "g:positive", List.of(num(0, U32)))))).failed(PRE, 1);
    }
}
