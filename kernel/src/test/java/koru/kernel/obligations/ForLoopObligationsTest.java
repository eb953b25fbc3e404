package koru.kernel.obligations;

import static koru.kernel.ir.Expr.BinaryOp.ADD;
import static koru.kernel.ir.Expr.BinaryOp.AND;
import static koru.kernel.ir.Expr.BinaryOp.DIV;
import static koru.kernel.ir.Expr.BinaryOp.EQ;
import static koru.kernel.ir.Expr.BinaryOp.GE;
import static koru.kernel.ir.Expr.BinaryOp.GT;
import static koru.kernel.ir.Expr.BinaryOp.LE;
import static koru.kernel.ir.Expr.BinaryOp.LT;
import static koru.kernel.ir.Program.Implementation.HOST;
import static koru.kernel.ir.Program.Implementation.SUBFLOW;
import static koru.kernel.obligations.Ir.*;
import static koru.kernel.obligations.Obligation.Kind.OVERFLOW;
import static koru.kernel.obligations.Obligation.Kind.PRE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.kernel.ir.Expr;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Node;
import koru.kernel.ir.Program;
import koru.kernel.ir.Ty;
import koru.smt.report.Value;
import org.junit.jupiter.api.Test;

/**
 * {@code for} loops: {@code each} is checked once for any one element (a range's half-open
 * {@code from <= i < to}, one of a list literal's elements, any value of a list's element type),
 * the bounds and the list are code, and {@code done} knows nothing {@code each} established.
 */
class ForLoopObligationsTest {
    static final Expr N = var("n", U32);
    static final Expr I = var("i", U32);

    /** {@code ~event f:take { v: T } where pre}: a host event that only consumes a value. */
    static Program.Event take(Ty type, Optional<Expr> pre) {
        return event("f:take", List.of(f("v", type)), pre, HOST);
    }

    static Expr v(Ty type) {
        return var("v", type);
    }

    static Node take(int line, Expr value) {
        return call(line, "f:take", List.of(value));
    }

    /** {@code ~event f:walk { n: u32 } | walked u32}, implemented by the subflow {@code root}; {@code callee} is {@code f:take}. */
    static Verdicts walk(Program.Event callee, Node root) {
        Program.Event walk = event("f:walk", List.of(f("n", U32)), Optional.empty(), SUBFLOW, branch("walked", U32, Optional.empty()));
        return Verdicts.of(program(List.of(), List.of(walk, callee), subflow("f:walk", root)));
    }

    /** {@code for(from..n) | each i |> each | done |> walked n}. */
    static Node upTo(Expr from, Node each) {
        return forRange(1, "i", from, N, each, construct(9, "walked", N));
    }

    @Test
    void eachRunsForTheIndicesFromTheStartAndBelowTheEnd() {
        // for(1..n) | each i |> take(v: i) where v >= 1;  for(0..n) | each i |> take(v: i, n: n) where v < n: half-open.
        walk(take(U32, Optional.of(test(v(U32), GE, num(1, U32)))), upTo(num(1, U32), take(2, I))).proven(PRE, 2);
        Program.Event check = event("f:take", List.of(f("v", U32), f("n", U32)), Optional.of(test(v(U32), LT, var("n", U32))), HOST);
        walk(check, upTo(num(0, U32), call(2, "f:take", List.of(I, N)))).proven(PRE, 2);
    }

    @Test
    void anOffByOneWithTheRangeEndFailsForTheLastIndex() {
        // take(v: i, n: n) where v + 1 < n: false for i = n - 1 only.
        Program.Event check = event("f:take", List.of(f("v", U32), f("n", U32)),
                Optional.of(test(op(v(U32), ADD, num(1, U32), U32), LT, var("n", U32))), HOST);
        Map<String, Value> model = walk(check, upTo(num(0, U32), call(2, "f:take", List.of(I, N)))).failed(PRE, 2);
        BigInteger i = ((Value.IntValue) model.get("i")).value();
        assertEquals(((Value.IntValue) model.get("n")).value().subtract(BigInteger.ONE), i);
    }

    @Test
    void theBindingIsBelowTheEndSoOneMoreFitsAndTwoMoreMayNot() {
        Program.Event sink = take(U32, Optional.empty());
        walk(sink, upTo(num(0, U32), take(2, op(3, I, ADD, num(1, U32), U32)))).proven(OVERFLOW, 3);
        Map<String, Value> model = walk(sink, upTo(num(0, U32), take(2, op(3, I, ADD, num(2, U32), U32)))).failed(OVERFLOW, 3);
        assertEquals(new Value.IntValue(BigInteger.valueOf(4_294_967_294L)), model.get("i"));
    }

    @Test
    void dividingByTheBindingFailsWhenTheRangeStartsAtZero() {
        Program.Event sink = take(U32, Optional.empty());
        Node divide = take(2, op(3, num(100, U32), DIV, I, U32));
        assertEquals(new Value.IntValue(BigInteger.ZERO), walk(sink, upTo(num(0, U32), divide)).failed(Obligation.Kind.DIV, 3).get("i"));
        walk(sink, upTo(num(1, U32), divide)).proven(Obligation.Kind.DIV, 3);
    }

    @Test
    void theBindingHasTheWiderTypeOfTheBounds() {
        // for(u8 0 .. u32 n): i is a u32 and can exceed 255.
        walk(take(U32, Optional.of(test(v(U32), LE, num(255, U32)))), upTo(num(0, U8), take(2, I))).failed(PRE, 2);
    }

    @Test
    void theBoundsAreCode() {
        Node loop = forRange(1, "i", num(0, U32), op(4, N, ADD, num(1, U32), U32), end(), construct(9, "walked", N));
        walk(take(U32, Optional.empty()), loop).failed(OVERFLOW, 4);
    }

    @Test
    void doneDoesNotKnowWhatEachEstablished() {
        // for(0..n) | each i |> take(v: n) | done |> take(v: n) |> walked n, with take where v > 10: each may never run.
        Program.Event big = take(U32, Optional.of(test(v(U32), GT, num(10, U32))));
        Node done = new Node.Call("f:take", List.of(N), construct(9, "walked", N), at(3));
        Verdicts verdicts = walk(big, forRange(1, "i", num(0, U32), N, take(2, N), done));
        verdicts.failed(PRE, 2);
        verdicts.failed(PRE, 3);
    }

    /** A flow: {@code for(list) | each x |> each | done |> done}, with {@code callee} as {@code f:take}. */
    static Verdicts flowOver(Program.Event callee, Expr list, Node each, Node done) {
        return Verdicts.of(program(List.of(), List.of(callee), flow(forEach(1, "x", list, each, done))));
    }

    @Test
    void anElementOfAListLiteralIsOneOfItsElements() {
        Expr elements = list(U32, num(1, U32), num(2, U32), num(3, U32));
        Expr oneToThree = test(test(v(U32), GE, num(1, U32)), AND, test(v(U32), LE, num(3, U32)));
        flowOver(take(U32, Optional.of(oneToThree)), elements, take(2, var("x", U32)), end()).proven(PRE, 2);
        Map<String, Value> model = flowOver(take(U32, Optional.of(test(v(U32), GE, num(2, U32)))), elements,
                take(2, var("x", U32)), end()).failed(PRE, 2);
        assertEquals(new Value.IntValue(BigInteger.ONE), model.get("x"));
    }

    @Test
    void overTheEmptyListEachNeverRunsAndDoneDoes() {
        Program.Event never = take(U32, Optional.of(bool(false)));
        Verdicts verdicts = flowOver(never, list(U32), take(2, var("x", U32)), take(3, num(0, U32)));
        assertEquals(1, verdicts.count(PRE), "only done's call");
        verdicts.failed(PRE, 3);
    }

    @Test
    void theElementsOfAListLiteralAreCode() {
        Expr overflowing = list(U8, op(4, num(255, U8), ADD, num(1, U8), U8));
        flowOver(take(U8, Optional.empty()), overflowing, end(), end()).failed(OVERFLOW, 4);
    }

    @Test
    void aListOfRecordsComparesItsElementsFieldByField() {
        // ~type f:Point { x: u32, y: u32 }; for([Point { x: 1, y: 2 }]) | each p |> take(v: p.y) where v == 2.
        Ty point = new Ty.Record("f:Point");
        Program.TypeDecl declared = recordType("f:Point", Optional.empty(), f("x", U32), f("y", U32));
        Program.Event two = take(U32, Optional.of(test(v(U32), EQ, num(2, U32))));
        Node each = take(2, field(var("p", point), "y", U32));
        Verdicts.of(program(List.of(declared), List.of(two), flow(forEach(1, "p",
                list(point, record(5, "f:Point", num(1, U32), num(2, U32))), each, end())))).proven(PRE, 2);
    }

    @Test
    void anElementOfAListInputIsAnyValueOfItsType() {
        // ~event f:walk { xs: []u8 }: for(xs) | each x |> take(v: x) where v < 255 fails for x = 255, v <= 255 holds.
        Ty bytes = new Ty.ListOf(new Ty.Int(IntKind.U8));
        Program.Event walk = event("f:walk", List.of(f("xs", bytes)), Optional.empty(), SUBFLOW, branch("walked", U32, Optional.empty()));
        Node root = forEach(1, "x", var("xs", bytes), take(2, var("x", U8)), construct(9, "walked", num(0, U32)));
        Program.Event below = take(U8, Optional.of(test(v(U8), LT, num(255, U8))));
        Map<String, Value> model = Verdicts.of(program(List.of(), List.of(walk, below), subflow("f:walk", root))).failed(PRE, 2);
        assertEquals(new Value.IntValue(BigInteger.valueOf(255)), model.get("x"));
        Program.Event upTo = take(U8, Optional.of(test(v(U8), LE, num(255, U8))));
        Verdicts.of(program(List.of(), List.of(walk, upTo), subflow("f:walk", root))).proven(PRE, 2);
    }
}
