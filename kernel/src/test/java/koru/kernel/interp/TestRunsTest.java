package koru.kernel.interp;

import static koru.kernel.obligations.Ir.I64;
import static koru.kernel.obligations.Ir.anywhere;
import static koru.kernel.obligations.Ir.at;
import static koru.kernel.obligations.Ir.branch;
import static koru.kernel.obligations.Ir.construct;
import static koru.kernel.obligations.Ir.event;
import static koru.kernel.obligations.Ir.f;
import static koru.kernel.obligations.Ir.invoke;
import static koru.kernel.obligations.Ir.num;
import static koru.kernel.obligations.Ir.on;
import static koru.kernel.obligations.Ir.op;
import static koru.kernel.obligations.Ir.test;
import static koru.kernel.obligations.Ir.text;
import static koru.kernel.obligations.Ir.var;
import static koru.kernel.obligations.Ir.voidEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Expr.BinaryOp;
import koru.kernel.ir.Node;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Implementation;
import koru.kernel.ir.Ty;
import org.junit.jupiter.api.Test;

/** {@code ~test} blocks: mocks stand in for an event inside one test only; assertions decide the verdict. */
class TestRunsTest {
    /** {@code ~event double { x: i64 } | doubled i64}, implemented by a host proc {@code x * 2}. */
    private static final Event DOUBLE = event("m:double", List.of(f("x", I64)), Optional.empty(), Implementation.HOST,
            branch("doubled", I64, Optional.empty()));
    private static final Event ASSERT = voidEvent(Run.ASSERT, f("cond", Ty.BOOL));
    private static final Event ASSERT_FAIL = voidEvent(Run.ASSERT_FAIL, f("msg", Ty.TEXT));
    private static final Host HOST = new MapHost(Map.of("m:double",
            args -> new Ended.Branch("doubled", Optional.of(new Value.Int(((Value.Int) args.get(0)).value().shiftLeft(1))))));

    /** {@code ~double(x: 21) | doubled d |> assert(d == expected)}. */
    private static Body expecting(long expected) {
        return body(Body.Kind.TEST, invoke(1, "m:double", List.of(num(21, I64)), on("doubled", "d",
                new Node.Call(Run.ASSERT, List.of(test(var("d", I64), BinaryOp.EQ, num(expected, I64))), new Node.End(anywhere()), at(2)))));
    }

    private static Body body(Body.Kind kind, Node root) {
        return new Body(kind, kind == Body.Kind.MOCK ? Optional.of("m:double") : Optional.empty(), root, anywhere());
    }

    /** Each of {@code tests}, in order, in a program that holds them all. */
    private static List<TestResult> run(Program.Test... tests) {
        Interpreter interpreter = new Interpreter(new Program(List.of(), List.of(DOUBLE, ASSERT, ASSERT_FAIL), List.of(), List.of(tests)), HOST);
        return Arrays.stream(tests).map(interpreter::runTest).toList();
    }

    @Test
    void anAssertionThatHoldsPassesAndOneThatDoesNotFails() {
        Program.Test right = new Program.Test("doubles", List.of(), expecting(42), anywhere());
        Program.Test wrong = new Program.Test("doubles wrongly", List.of(), expecting(41), anywhere());
        List<TestResult> results = run(right, wrong);
        assertTrue(results.get(0).passed());
        assertEquals(1, results.get(0).assertions().size());
        TestResult.Verdict.Failed failed = assertInstanceOf(TestResult.Verdict.Failed.class, results.get(1).verdict());
        assertEquals("assert(d == 41)", failed.assertion().message());
    }

    @Test
    void aMockReplacesTheEventInItsTestOnly() {
        // ~double = doubled x + 1: a mock for this test only.
        Body mock = body(Body.Kind.MOCK, construct(3, "doubled", op(4, var("x", I64), BinaryOp.ADD, num(1, I64), I64)));
        Program.Test mocked = new Program.Test("mocked", List.of(mock), expecting(22), anywhere());
        Program.Test unmocked = new Program.Test("unmocked", List.of(), expecting(42), anywhere());
        List<TestResult> results = run(mocked, unmocked);
        assertTrue(results.get(0).passed(), results.get(0).toString());
        assertTrue(results.get(1).passed(), "the mock is gone after its test: " + results.get(1));
    }

    @Test
    void aHostedEventIsAskedOfTheHostThoughTheProgramHasASubflowForIt() {
        // ~double = doubled x + 1: a subflow the host's proc disagrees with.
        Event subflowDouble = new Event(DOUBLE.name(), DOUBLE.inputs(), DOUBLE.pre(), DOUBLE.branches(), DOUBLE.flags(),
                Implementation.SUBFLOW, DOUBLE.origin());
        Body wrongSubflow = new Body(Body.Kind.SUBFLOW, Optional.of("m:double"),
                construct(3, "doubled", op(4, var("x", I64), BinaryOp.ADD, num(1, I64), I64)), anywhere());
        Program.Test test = new Program.Test("doubles", List.of(), expecting(42), anywhere());
        Interpreter interpreter = new Interpreter(new Program(List.of(), List.of(subflowDouble, ASSERT, ASSERT_FAIL),
                List.of(wrongSubflow), List.of(test)), HOST);
        TestResult.Verdict.Failed bySubflow = assertInstanceOf(TestResult.Verdict.Failed.class, interpreter.runTest(test).verdict());
        assertEquals(Map.of("d", Value.of(22)), bySubflow.assertion().scope(), "the failed assertion keeps the values it saw");
        assertTrue(interpreter.runTest(test, Set.of("m:double")).passed(), "the host's proc answers 42");
        Body mock = body(Body.Kind.MOCK, construct(5, "doubled", num(42, I64)));
        assertTrue(interpreter.runTest(new Program.Test("mocked", List.of(mock), expecting(42), anywhere()), Set.of()).passed(),
                "a mock wins over the subflow");
    }

    @Test
    void assertFailFailsWithItsMessageAndAFaultIsNoFailure() {
        Body fails = body(Body.Kind.TEST, new Node.Call(Run.ASSERT_FAIL, List.of(text("must not happen")), new Node.End(anywhere()), at(5)));
        Expr overflow = op(6, num(Long.MAX_VALUE, I64), BinaryOp.ADD, num(1, I64), I64);
        Body faults = body(Body.Kind.TEST, invoke(7, "m:double", List.of(overflow), on("doubled", "d", new Node.End(anywhere()))));
        List<TestResult> results = run(new Program.Test("fails", List.of(), fails, anywhere()),
                new Program.Test("faults", List.of(), faults, anywhere()));
        assertEquals("assert.fail(must not happen)",
                assertInstanceOf(TestResult.Verdict.Failed.class, results.get(0).verdict()).assertion().message());
        assertTrue(assertInstanceOf(TestResult.Verdict.Faulted.class, results.get(1).verdict()).what().contains("KORU104"));
    }

    /** A test is one run its author wrote: one the interpreter stops (here, a host stopped at its limits) faults, never passes. */
    @Test
    void aTestTheInterpreterCannotFinishFaults() {
        Program.Test test = new Program.Test("doubles", List.of(), expecting(42), anywhere());
        Interpreter stopping = new Interpreter(new Program(List.of(), List.of(DOUBLE, ASSERT, ASSERT_FAIL), List.of(), List.of(test)),
                new MapHost(Map.of("m:double", args -> new Ended.Stopped("the step budget of 10 steps ran out"))));
        String what = assertInstanceOf(TestResult.Verdict.Faulted.class, stopping.runTest(test).verdict()).what();
        assertTrue(what.endsWith("the step budget of 10 steps ran out"), what);
    }
}
