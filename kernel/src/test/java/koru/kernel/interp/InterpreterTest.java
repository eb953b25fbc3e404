package koru.kernel.interp;

import static koru.kernel.obligations.Ir.I64;
import static koru.kernel.obligations.Ir.U64;
import static koru.kernel.obligations.Ir.anywhere;
import static koru.kernel.obligations.Ir.at;
import static koru.kernel.obligations.Ir.bare;
import static koru.kernel.obligations.Ir.branch;
import static koru.kernel.obligations.Ir.call;
import static koru.kernel.obligations.Ir.construct;
import static koru.kernel.obligations.Ir.end;
import static koru.kernel.obligations.Ir.event;
import static koru.kernel.obligations.Ir.f;
import static koru.kernel.obligations.Ir.flow;
import static koru.kernel.obligations.Ir.forEach;
import static koru.kernel.obligations.Ir.forRange;
import static koru.kernel.obligations.Ir.in;
import static koru.kernel.obligations.Ir.invoke;
import static koru.kernel.obligations.Ir.list;
import static koru.kernel.obligations.Ir.num;
import static koru.kernel.obligations.Ir.on;
import static koru.kernel.obligations.Ir.onWhen;
import static koru.kernel.obligations.Ir.op;
import static koru.kernel.obligations.Ir.subflow;
import static koru.kernel.obligations.Ir.test;
import static koru.kernel.obligations.Ir.var;
import static koru.kernel.obligations.Ir.voidEvent;
import static koru.kernel.obligations.Ir.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Expr.BinaryOp;
import koru.kernel.ir.Node;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Implementation;
import org.junit.jupiter.api.Test;

/** Each kind of node run on values, with the verifier's obligations checked where they stand. */
class InterpreterTest {
    /** {@code ~pub event clamp { x: i64, lo: i64, hi: i64 } where lo <= hi | clamped i64 where in.lo <= clamped && clamped <= in.hi}. */
    private static final Event CLAMP = event("m:clamp", List.of(f("x", I64), f("lo", I64), f("hi", I64)),
            Optional.of(test(var("lo", I64), BinaryOp.LE, var("hi", I64))), Implementation.SUBFLOW,
            branch("clamped", I64, Optional.of(op(test(in("lo", I64), BinaryOp.LE, var("clamped", I64)), BinaryOp.AND,
                    test(var("clamped", I64), BinaryOp.LE, in("hi", I64)), koru.kernel.ir.Ty.BOOL))));
    /** {@code ~event step { i: u64, n: u64 } | more u64 | done u64}: {@code more i} while {@code i < n}. */
    private static final Event STEP = event("m:step", List.of(f("i", U64), f("n", U64)), Optional.empty(), Implementation.SUBFLOW,
            branch("more", U64, Optional.empty()), branch("done", U64, Optional.empty()));
    /** {@code ~event count { n: u64 } | counted u64 where counted == in.n}, by a label loop over {@code step}. */
    private static final Event COUNT = event("m:count", List.of(f("n", U64)), Optional.empty(), Implementation.SUBFLOW,
            branch("counted", U64, Optional.of(test(var("counted", U64), BinaryOp.EQ, in("n", U64)))));
    private static final Event PRINT = voidEvent("m:print", f("n", U64));

    private static final Program.Body CLAMP_BODY = subflow("m:clamp", when(test(var("x", I64), BinaryOp.LT, var("lo", I64)),
            construct(1, "clamped", var("lo", I64)),
            when(test(var("x", I64), BinaryOp.GT, var("hi", I64)), construct(2, "clamped", var("hi", I64)),
                    construct(3, "clamped", var("x", I64)))));
    private static final Program.Body STEP_BODY = subflow("m:step", when(test(var("i", U64), BinaryOp.LT, var("n", U64)),
            construct(4, "more", var("i", U64)), construct(5, "done", var("i", U64))));

    /** {@code #loop step(i: 0, n: n) | more m |> @loop(i: next(m), n: n) | done d |> counted d}. */
    private static Program.Body counting(Expr next) {
        return subflow("m:count", new Node.Loop("loop", Optional.empty(), invoke(6, "m:step", List.of(num(0, U64), var("n", U64)),
                on("more", "m", new Node.Jump("loop", List.of(next, var("n", U64)), anywhere())),
                on("done", "d", construct(7, "counted", var("d", U64)))), anywhere()));
    }

    private static final Expr NEXT = op(8, var("m", U64), BinaryOp.ADD, num(1, U64), U64);

    private static Program program(List<Event> events, Program.Body... bodies) {
        return new Program(List.of(), events, List.of(bodies), List.of());
    }

    private static Interpreter interpreter(Program program) {
        return new Interpreter(program, new MapHost(Map.of()));
    }

    private static Ended clamp(long x, long lo, long hi) {
        return interpreter(program(List.of(CLAMP), CLAMP_BODY)).run("m:clamp", List.of(Value.of(x), Value.of(lo), Value.of(hi)));
    }

    private static Ended.Branch branchOf(String branch, long value) {
        return new Ended.Branch(branch, Optional.of(Value.of(value)));
    }

    private static String faultOf(Ended ended) {
        return assertInstanceOf(Ended.Fault.class, ended).what();
    }

    @Test
    void aSubflowTakesTheBranchItsIfsLeadTo() {
        assertEquals(branchOf("clamped", 5), clamp(5, 0, 10));
        assertEquals(branchOf("clamped", 0), clamp(-3, 0, 10));
        assertEquals(branchOf("clamped", 10), clamp(11, 0, 10));
        assertEquals(branchOf("clamped", Long.MIN_VALUE), clamp(Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Test
    void aConstructorWhosePostconditionFailsIsAFault() {
        // A wrong clamp: it returns x unclamped, which count's caller was promised would lie in [lo, hi].
        Program wrong = program(List.of(CLAMP), subflow("m:clamp", construct(1, "clamped", var("x", I64))));
        Ended ended = interpreter(wrong).run("m:clamp", List.of(Value.of(-3), Value.of(0), Value.of(10)));
        assertTrue(faultOf(ended).contains("clamp's clamped satisfies its postcondition"), faultOf(ended));
        assertTrue(faultOf(ended).contains("KORU102"));
    }

    @Test
    void aCallWhosePreconditionFailsIsAFaultNamingTheCall() {
        Event caller = event("m:caller", List.of(f("x", I64)), Optional.empty(), Implementation.SUBFLOW, branch("r", I64, Optional.empty()));
        Program program = program(List.of(CLAMP, caller), CLAMP_BODY, subflow("m:caller",
                invoke(9, "m:clamp", List.of(var("x", I64), num(10, I64), num(0, I64)), on("clamped", "c", construct(10, "r", var("c", I64))))));
        String fault = faultOf(interpreter(program).run("m:caller", List.of(Value.of(1))));
        assertTrue(fault.startsWith("the arguments of clamp satisfy its precondition `lo <= hi`: does not hold (KORU101"), fault);
    }

    @Test
    void aLabelLoopOfAMillionRoundsIteratesWithoutGrowingTheStack() {
        Interpreter interpreter = interpreter(program(List.of(STEP, COUNT), STEP_BODY, counting(NEXT)));
        assertEquals(branchOf("counted", 1_000_000), interpreter.run("m:count", List.of(Value.of(1_000_000))));
        assertEquals(branchOf("counted", 0), interpreter.run("m:count", List.of(Value.of(0))));
    }

    @Test
    void theStepBudgetStopsALoopThatNeverEnds() {
        // @loop(i: m, n: n): i never grows.
        Program forever = program(List.of(STEP, COUNT), STEP_BODY, counting(var("m", U64)));
        Ended ended = new Interpreter(forever, new MapHost(Map.of()), new Interpreter.Limits(100_000, 100)).run("m:count", List.of(Value.of(5)));
        // Stopped, not a fault: the interpreter gives up; the program is not known to be wrong.
        String stopped = assertInstanceOf(Ended.Stopped.class, ended).what();
        assertTrue(stopped.startsWith("the step budget of 100000 steps ran out"), stopped);
        // The same budget is enough for a loop that ends.
        Program ends = program(List.of(STEP, COUNT), STEP_BODY, counting(NEXT));
        assertEquals(branchOf("counted", 5), new Interpreter(ends, new MapHost(Map.of()), new Interpreter.Limits(100_000, 100))
                .run("m:count", List.of(Value.of(5))));
    }

    @Test
    void aLoopInvariantThatStopsHoldingIsAFault() {
        // #loop[where i <= 3] step(…): true at entry, false once i reaches 4.
        Expr invariant = test(var("i", U64), BinaryOp.LE, num(3, U64));
        Program program = program(List.of(STEP, COUNT), STEP_BODY, subflow("m:count", new Node.Loop("loop", Optional.of(invariant),
                invoke(6, "m:step", List.of(num(0, U64), var("n", U64)),
                        on("more", "m", new Node.Jump("loop", List.of(NEXT, var("n", U64)), anywhere())),
                        on("done", "d", construct(7, "counted", var("d", U64)))), at(11))));
        assertEquals(branchOf("counted", 3), interpreter(program).run("m:count", List.of(Value.of(3))));
        assertTrue(faultOf(interpreter(program).run("m:count", List.of(Value.of(9)))).contains("the invariant of #loop `i <= 3`"));
    }

    @Test
    void overflowInsideALoopIsAFault() {
        Program program = program(List.of(STEP, COUNT), STEP_BODY,
                counting(op(12, var("m", U64), BinaryOp.ADD, num(Long.MAX_VALUE, U64), U64)));
        // Up to u64's maximum: 0, then 2^63 - 1, then 2^64 - 2, then past u64's range.
        Value most = new Value.Int(koru.kernel.ir.IntKind.U64.max());
        String fault = faultOf(interpreter(program).run("m:count", List.of(most)));
        assertTrue(fault.contains("stays within u64 (it is 27670116110564327421)"), fault);
    }

    @Test
    void guardsAreTriedInOrderThenTheUnguardedHandler() {
        Event sign = event("m:sign", List.of(f("x", I64)), Optional.empty(), Implementation.SUBFLOW,
                branch("neg", U64, Optional.empty()), branch("small", U64, Optional.empty()), branch("big", U64, Optional.empty()));
        Event identity = event("m:identity", List.of(f("x", I64)), Optional.empty(), Implementation.HOST, branch("same", I64, Optional.empty()));
        Expr v = var("v", I64);
        Program program = program(List.of(sign, identity), subflow("m:sign", invoke(13, "m:identity", List.of(var("x", I64)),
                onWhen("same", "v", test(v, BinaryOp.LT, num(0, I64)), construct(14, "neg", num(0, U64))),
                onWhen("same", "v", test(v, BinaryOp.LT, num(100, I64)), construct(15, "small", num(0, U64))),
                on("same", "v", construct(16, "big", num(0, U64))))));
        Interpreter interpreter = new Interpreter(program, new MapHost(Map.of("m:identity",
                args -> new Ended.Branch("same", Optional.of(args.get(0))))));
        assertEquals("neg", ((Ended.Branch) interpreter.run("m:sign", List.of(Value.of(-1)))).branch());
        assertEquals("small", ((Ended.Branch) interpreter.run("m:sign", List.of(Value.of(0)))).branch(), "the first guard that holds");
        assertEquals("big", ((Ended.Branch) interpreter.run("m:sign", List.of(Value.of(100)))).branch());
    }

    @Test
    void aLoneGuardedHandlerWhoseGuardFailsIsAFaultAsTheVerifierWouldHaveSaid() {
        Event positive = event("m:positive", List.of(f("x", I64)), Optional.empty(), Implementation.SUBFLOW, branch("ok", I64, Optional.empty()));
        Event identity = event("m:identity", List.of(f("x", I64)), Optional.empty(), Implementation.HOST, branch("same", I64, Optional.empty()));
        Program program = program(List.of(positive, identity), subflow("m:positive", invoke(17, "m:identity", List.of(var("x", I64)),
                onWhen("same", "v", test(var("v", I64), BinaryOp.GT, num(0, I64)), construct(18, "ok", var("v", I64))))));
        Interpreter interpreter = new Interpreter(program, new MapHost(Map.of("m:identity",
                args -> new Ended.Branch("same", Optional.of(args.get(0))))));
        assertEquals(branchOf("ok", 3), interpreter.run("m:positive", List.of(Value.of(3))));
        assertTrue(faultOf(interpreter.run("m:positive", List.of(Value.of(-3)))).contains("KORU050"));
    }

    @Test
    void forRunsEachElementInOrderThenDone() {
        List<Value> printed = new ArrayList<>();
        Function<List<Value>, Ended> print = args -> {
            printed.add(args.get(0));
            return Run.VOID;
        };
        Program program = program(List.of(PRINT), flow(forRange(19, "i", num(2, U64), num(5, U64),
                call(20, "m:print", List.of(var("i", U64))),
                forEach(21, "x", list(U64, num(7, U64), num(8, U64)), call(22, "m:print", List.of(var("x", U64))),
                        call(23, "m:print", List.of(num(0, U64)))))));
        assertEquals(Optional.empty(), new Interpreter(program, new MapHost(Map.of("m:print", print))).runFlow(program.bodies().get(0)));
        assertEquals(List.of(Value.of(2), Value.of(3), Value.of(4), Value.of(7), Value.of(8), Value.of(0)), printed);
    }

    @Test
    void hostFaultsAndMissingProcsEndTheRun() {
        Program program = program(List.of(PRINT), flow(call(24, "m:print", List.of(num(1, U64)))));
        Optional<Ended> missing = interpreter(program).runFlow(program.bodies().get(0));
        assertTrue(faultOf(missing.orElseThrow()).contains("no host implementation of m:print"));
        Optional<Ended> thrown = new Interpreter(program, new MapHost(Map.of("m:print", args -> new Ended.Fault("disk full"))))
                .runFlow(program.bodies().get(0));
        assertTrue(faultOf(thrown.orElseThrow()).endsWith(": disk full"));
        // A host that was stopped (another interpreter at its limits, say) stops the run that called it.
        Optional<Ended> stopped = new Interpreter(program, new MapHost(Map.of("m:print", args -> new Ended.Stopped("out of steps"))))
                .runFlow(program.bodies().get(0));
        assertTrue(assertInstanceOf(Ended.Stopped.class, stopped.orElseThrow()).what().endsWith(": out of steps"));
    }

    @Test
    void aHostAnswerThatIsNoBranchOfTheEventIsAFault() {
        Event caller = event("m:caller", List.of(f("x", I64)), Optional.empty(), Implementation.SUBFLOW, branch("r", I64, Optional.empty()));
        Event identity = event("m:identity", List.of(f("x", I64)), Optional.empty(), Implementation.HOST, branch("same", I64, Optional.empty()));
        Program program = program(List.of(caller, identity), subflow("m:caller", invoke(25, "m:identity", List.of(var("x", I64)),
                on("same", "v", construct(26, "r", var("v", I64))))));
        Interpreter wrongName = new Interpreter(program, new MapHost(Map.of("m:identity", args -> branchOf("other", 1))));
        assertTrue(faultOf(wrongName.run("m:caller", List.of(Value.of(1)))).contains("is not one of its branches"));
        Interpreter noPayload = new Interpreter(program, new MapHost(Map.of("m:identity", args -> new Ended.Branch("same", Optional.empty()))));
        assertTrue(faultOf(noPayload.run("m:caller", List.of(Value.of(1)))).contains("is not one of its branches"));
    }

    @Test
    void aSubflowPathThatEndsWithoutABranchIsAFault() {
        Program program = program(List.of(CLAMP), subflow("m:clamp", end()));
        assertTrue(faultOf(interpreter(program).run("m:clamp", List.of(Value.of(1), Value.of(0), Value.of(2))))
                .contains("ended (_) without a branch"));
    }

    @Test
    void unboundedRecursionStopsAtTheDepthLimit() {
        Event loop = event("m:again", List.of(f("n", U64)), Optional.empty(), Implementation.SUBFLOW, branch("r", U64, Optional.empty()));
        Program program = program(List.of(loop), subflow("m:again", invoke(27, "m:again", List.of(var("n", U64)),
                on("r", "v", construct(28, "r", var("v", U64))))));
        String stopped = assertInstanceOf(Ended.Stopped.class, interpreter(program).run("m:again", List.of(Value.of(1)))).what();
        assertTrue(stopped.contains("more than 1000 nested calls"), stopped);
    }

    @Test
    void aSpawnRunsItsTaskThenTheRunningPathWhoseJoinReturnsAtOnce() {
        Event spawn = event("std.rt:spawn", List.of(), Optional.empty(), Implementation.NONE, bare("task"),
                branch("running", new koru.kernel.ir.Ty.Host("koru.runtime.scheduler.Task"), Optional.empty()));
        Event join = voidEvent(Run.JOIN, f("task", new koru.kernel.ir.Ty.Host("koru.runtime.scheduler.Task")));
        List<Value> printed = new ArrayList<>();
        Program program = program(List.of(spawn, join, PRINT), flow(new Node.Spawn("std.rt:spawn",
                call(29, "m:print", List.of(num(1, U64))), "t",
                new Node.Call(Run.JOIN, List.of(var("t", new koru.kernel.ir.Ty.Host("koru.runtime.scheduler.Task"))),
                        call(30, "m:print", List.of(num(2, U64))), at(31)), at(32))));
        Interpreter interpreter = new Interpreter(program, new MapHost(Map.of("m:print", args -> {
            printed.add(args.get(0));
            return Run.VOID;
        })));
        assertEquals(Optional.empty(), interpreter.runFlow(program.bodies().get(0)));
        assertEquals(List.of(Value.of(1), Value.of(2)), printed);
    }
}
