package koru.proptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import koru.kernel.interp.Value;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Expr.BinaryOp;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Ty;
import org.junit.jupiter.api.Test;

/**
 * The inputs of {@code ~event solve { x: i64, y: i64 } where x * 1000003 == y + 17 && x > 1000000000000}
 * and of events with easier or impossible preconditions.
 */
class EventInputsTest {
    private static final Origin AT = new Origin("solve.kz", 0, 0);
    private static final Ty I64 = new Ty.Int(IntKind.I64);
    private static final Expr X = new Expr.Var("x", I64, AT);
    private static final Expr Y = new Expr.Var("y", I64, AT);
    private static final BigInteger FACTOR = BigInteger.valueOf(1_000_003);
    private static final BigInteger TRILLION = BigInteger.TEN.pow(12);
    private static final Predicate<Value> NO_INVARIANTS = v -> true;

    private static Expr binary(BinaryOp op, Expr left, Expr right, Ty type) {
        return new Expr.Binary(op, left, right, type, AT);
    }

    private static Expr literal(BigInteger value) {
        return new Expr.IntLit(value, I64, AT);
    }

    private static Program.Event event(Expr pre) {
        return new Program.Event("demo:solve", List.of(new Program.Field("x", I64, Optional.empty(), AT),
                new Program.Field("y", I64, Optional.empty(), AT)), Optional.of(pre), List.of(), Set.of(), Program.Implementation.NONE, AT);
    }

    private static Program program(Program.Event event) {
        return new Program(List.of(), List.of(event), List.of(), List.of());
    }

    private static BigInteger x(List<Value> inputs) {
        return ((Value.Int) inputs.get(0)).value();
    }

    private static BigInteger y(List<Value> inputs) {
        return ((Value.Int) inputs.get(1)).value();
    }

    private static final Expr RARE = binary(BinaryOp.AND,
            binary(BinaryOp.EQ, binary(BinaryOp.MUL, X, literal(FACTOR), I64), binary(BinaryOp.ADD, Y, literal(BigInteger.valueOf(17)), I64), Ty.BOOL),
            binary(BinaryOp.GT, X, literal(TRILLION), Ty.BOOL), Ty.BOOL);
    /** The precondition as the reference interpreter will evaluate it: here by hand. */
    private static final Predicate<List<Value>> RARE_HOLDS = in -> x(in).multiply(FACTOR).equals(y(in).add(BigInteger.valueOf(17)))
            && x(in).compareTo(TRILLION) > 0;

    @Test
    void aPreconditionFilteringNeverMeetsIsSolvedForWithZ3() {
        Program.Event solve = event(RARE);
        EventInputs inputs = EventInputs.of(program(solve), solve, RARE_HOLDS, NO_INVARIANTS, 1);
        EventInputs.Plan plan = inputs.plan();
        assertEquals(0, plan.accepted(), "random filtering met the precondition");
        assertTrue(plan.solverAided());
        assertTrue(plan.solverSeeds().size() >= 4, "seeds: " + plan.solverSeeds());
        assertEquals(0, plan.refused());
        assertTrue(plan.solverSeeds().stream().allMatch(RARE_HOLDS), "every seed satisfies the precondition");
        assertEquals(plan.solverSeeds().size(), new HashSet<>(plan.solverSeeds()).size(), "the seeds differ");

        Result<List<Value>> result = Property.forAll(inputs.gen()).seed(2).tries(300).maxRejected(300).check(RARE_HOLDS);
        assertInstanceOf(Result.Passed.class, result, result::report);
    }

    @Test
    void aPropertyOverSolverSeedsStillFindsAndShrinksACounterexample() {
        Program.Event solve = event(RARE);
        EventInputs inputs = EventInputs.of(program(solve), solve, RARE_HOLDS, NO_INVARIANTS, 1);
        Result<List<Value>> result = Property.forAll(inputs.gen()).seed(3).maxRejected(300).check(in -> x(in).compareTo(TRILLION) <= 0);
        Result.Falsified<List<Value>> falsified = assertInstanceOf(Result.Falsified.class, result, result::report);
        assertTrue(RARE_HOLDS.test(falsified.minimal()));
        assertEquals(inputs.plan().solverSeeds().get(0), falsified.minimal(), "shrinks toward the first seed");
    }

    @Test
    void seedsTheCallersCheckRefusesAreDropped() {
        Program.Event solve = event(RARE);
        Predicate<List<Value>> stricter = RARE_HOLDS.and(in -> x(in).testBit(0));
        EventInputs.Plan plan = EventInputs.of(program(solve), solve, stricter, NO_INVARIANTS, 4).plan();
        assertTrue(plan.solverSeeds().stream().allMatch(stricter));
        assertTrue(plan.refused() > 0, "some witnesses have an even x: " + plan);
    }

    @Test
    void aPreconditionRandomValuesMeetOftenIsNotSolvedFor() {
        Program.Event positive = event(binary(BinaryOp.GT, X, literal(BigInteger.ZERO), Ty.BOOL));
        EventInputs inputs = EventInputs.of(program(positive), positive, in -> x(in).signum() > 0, NO_INVARIANTS, 1);
        assertFalse(inputs.plan().solverAided());
        assertTrue(inputs.plan().accepted() > 20);
        Property.forAll(inputs.gen()).seed(1).assertHolds(in -> x(in).signum() > 0);
    }

    @Test
    void anUnsatisfiablePreconditionGivesNoSeedsAndTheRunGivesUp() {
        Program.Event never = event(binary(BinaryOp.AND, binary(BinaryOp.GT, X, literal(BigInteger.TEN), Ty.BOOL),
                binary(BinaryOp.LT, X, literal(BigInteger.valueOf(5)), Ty.BOOL), Ty.BOOL));
        Predicate<List<Value>> holds = in -> x(in).compareTo(BigInteger.TEN) > 0 && x(in).compareTo(BigInteger.valueOf(5)) < 0;
        EventInputs inputs = EventInputs.of(program(never), never, holds, NO_INVARIANTS, 1);
        assertTrue(inputs.plan().solverAided());
        assertTrue(inputs.plan().solverSeeds().isEmpty());
        assertInstanceOf(Result.GaveUp.class, Property.forAll(inputs.gen()).seed(1).maxRejected(5).check(in -> true));
    }
}
