package koru.smt.report;

import static koru.smt.report.Transfer.integer;
import static koru.smt.z3.Terms.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import org.junit.jupiter.api.Test;

/** The replay's evaluator: every operator with Koru's meaning, and a refusal wherever Koru gives no value. */
class EvaluateTest {
    private static final Sort.Enum RIGHT = new Sort.Enum("Right", List.of("read", "write"));
    private static final Term.Var X = intVar("x");
    private static final Term.Var Y = intVar("y");
    private static final Term.Var BALANCES = new Term.Var("balances", INT_MAP);

    /** {@code balances = {1: 5, 2: 7}}, x = 7, y = -2. */
    private static final Evaluate ON = new Evaluate(Map.of(
            "x", integer(7), "y", integer(-2),
            "balances", new Value.ArrayValue(Map.of(integer(1), integer(5), integer(2), integer(7)), integer(0))));

    private static Value value(Term term) {
        return ON.value(term);
    }

    private static Term text(String value) {
        return new Term.TextLit(value);
    }

    private static Term set(long... members) {
        Term set = new Term.ConstArray(Sort.INT, Term.bool(false));
        for (long member : members) {
            set = store(set, num(member), Term.bool(true));
        }
        return set;
    }

    @Test
    void arithmeticIsUnbounded() {
        Term max = new Term.IntLit(U64_MAX);
        assertAll(
                () -> assertEquals(integer(5), value(add(X, Y))),
                () -> assertEquals(integer(9), value(sub(X, Y))),
                () -> assertEquals(integer(-14), value(mul(X, Y))),
                () -> assertEquals(integer(2), value(app(Op.NEG, Y))),
                () -> assertEquals(new Value.IntValue(U64_MAX.add(BigInteger.ONE)), value(add(max, num(1)))));
    }

    @Test
    void divisionTruncatesTowardZeroAndTheRemainderTakesTheDividendsSign() {
        assertAll(
                () -> assertEquals(integer(-3), value(app(Op.DIV, X, Y)), "7 / -2"),
                () -> assertEquals(integer(1), value(app(Op.REM, X, Y)), "7 % -2"),
                () -> assertEquals(integer(-3), value(app(Op.DIV, app(Op.NEG, X), num(2))), "-7 / 2"),
                () -> assertEquals(integer(-1), value(app(Op.REM, app(Op.NEG, X), num(2))), "-7 % 2"),
                () -> assertEquals(integer(3), value(app(Op.DIV, app(Op.NEG, X), Y)), "-7 / -2"),
                () -> assertEquals(integer(-1), value(app(Op.REM, app(Op.NEG, X), Y)), "-7 % -2"));
    }

    @Test
    void aDivisionByZeroHasNoValue() {
        Evaluate.NotEvaluable refused = assertThrows(Evaluate.NotEvaluable.class, () -> value(app(Op.DIV, X, num(0))));
        assertEquals("a division by zero", refused.getMessage());
        assertThrows(Evaluate.NotEvaluable.class, () -> value(app(Op.REM, X, num(0))));
    }

    @Test
    void comparisons() {
        assertAll(
                () -> assertTrue(ON.holds(lt(Y, X))),
                () -> assertFalse(ON.holds(lt(X, X))),
                () -> assertTrue(ON.holds(le(X, X))),
                () -> assertTrue(ON.holds(app(Op.GT, X, Y))),
                () -> assertFalse(ON.holds(app(Op.GE, Y, X))),
                () -> assertTrue(ON.holds(eq(X, num(7)))),
                () -> assertTrue(ON.holds(app(Op.DISTINCT, X, Y))));
    }

    @Test
    void connectivesIgnoreAnUndefinedOperandOnlyWhenItCannotMatter() {
        Term undefined = eq(app(Op.DIV, X, num(0)), num(1));
        assertAll(
                () -> assertFalse(ON.holds(and(undefined, lt(X, Y)))),
                () -> assertTrue(ON.holds(app(Op.OR, undefined, lt(Y, X)))),
                () -> assertTrue(ON.holds(app(Op.IMPLIES, lt(X, Y), undefined))),
                () -> assertTrue(ON.holds(app(Op.IMPLIES, undefined, lt(Y, X)))),
                () -> assertThrows(Evaluate.NotEvaluable.class, () -> ON.holds(and(undefined, lt(Y, X)))),
                () -> assertThrows(Evaluate.NotEvaluable.class, () -> ON.holds(app(Op.IMPLIES, lt(Y, X), undefined))),
                () -> assertTrue(ON.holds(not(lt(X, Y)))),
                () -> assertTrue(ON.holds(app(Op.OR, lt(X, Y), eq(X, num(7))))));
    }

    @Test
    void ifThenElseEvaluatesOnlyTheTakenSide() {
        assertEquals(integer(7), value(app(Op.ITE, lt(Y, X), X, app(Op.DIV, X, num(0)))));
    }

    @Test
    void mapsReadTheirEntriesAndZeroElsewhere() {
        Term credited = store(BALANCES, num(3), num(4));
        assertAll(
                () -> assertEquals(integer(5), value(select(BALANCES, num(1)))),
                () -> assertEquals(integer(0), value(select(BALANCES, num(9)))),
                () -> assertEquals(integer(4), value(select(credited, num(3)))),
                () -> assertEquals(new Value.ArrayValue(Map.of(integer(2), integer(7)), integer(0)),
                        value(store(BALANCES, num(1), num(0))), "storing the default drops the entry"),
                () -> assertEquals(new Value.ArrayValue(Map.of(), integer(0)), value(new Term.ConstArray(Sort.INT, num(0)))));
    }

    @Test
    void theSumOfAMapAddsUpItsEntries() {
        assertAll(
                () -> assertEquals(integer(12), value(sum(BALANCES))),
                () -> assertEquals(integer(16), value(sum(store(BALANCES, num(1), num(9))))),
                () -> assertEquals(integer(0), value(sum(new Term.ConstArray(Sort.INT, num(0))))));
    }

    @Test
    void aMapWhoseMissingKeysAreNotZeroHasNoSum() {
        Evaluate.NotEvaluable refused = assertThrows(Evaluate.NotEvaluable.class, () -> value(sum(new Term.ConstArray(Sort.INT, num(3)))));
        assertEquals("the sum of a map whose missing keys read 3 is not finite", refused.getMessage());
    }

    @Test
    void mapsAreEqualWhenEqualAtEveryKey() {
        Term same = store(store(new Term.ConstArray(Sort.INT, num(0)), num(2), num(7)), num(1), num(5));
        Term bothTrueAndFalse = store(store(new Term.ConstArray(Sort.BOOL, num(0)), Term.bool(true), num(1)), Term.bool(false), num(1));
        assertAll(
                () -> assertTrue(ON.holds(eq(BALANCES, same))),
                () -> assertFalse(ON.holds(eq(BALANCES, store(same, num(3), num(1))))),
                () -> assertFalse(ON.holds(eq(new Term.ConstArray(Sort.INT, num(0)), new Term.ConstArray(Sort.INT, num(1))))),
                // Every key of a bool-keyed map is listed: its default is never read.
                () -> assertTrue(ON.holds(eq(bothTrueAndFalse, new Term.ConstArray(Sort.BOOL, num(1))))));
    }

    @Test
    void setOperationsArePointwise() {
        assertAll(
                () -> assertTrue(ON.holds(eq(app(Op.UNION, set(1, 2), set(2, 3)), set(1, 2, 3)))),
                () -> assertTrue(ON.holds(eq(app(Op.INTER, set(1, 2), set(2, 3)), set(2)))),
                () -> assertTrue(ON.holds(app(Op.SUBSET, set(2), set(1, 2)))),
                () -> assertFalse(ON.holds(app(Op.SUBSET, set(1, 2), set(2)))),
                () -> assertFalse(ON.holds(app(Op.SUBSET, new Term.ConstArray(Sort.INT, Term.bool(true)), set(1)))));
    }

    @Test
    void textLengthCountsCharactersAsZ3Does() {
        assertAll(
                () -> assertEquals(new Value.TextValue("koru!"), value(app(Op.CONCAT, text("koru"), text("!")))),
                () -> assertEquals(integer(4), value(app(Op.LENGTH, text("koru")))),
                () -> assertEquals(integer(2), value(app(Op.LENGTH, text("é!"))), "not 3 UTF-8 bytes"),
                () -> assertEquals(integer(2), value(app(Op.LENGTH, text("\uD83D\uDE00!"))), "not 3 UTF-16 units"));
    }

    @Test
    void enumerationValuesAreTheirNames() {
        assertAll(
                () -> assertEquals(new Value.EnumValue("Right", "read"), value(new Term.EnumLit(RIGHT, "read"))),
                () -> assertTrue(ON.holds(app(Op.DISTINCT, new Term.EnumLit(RIGHT, "read"), new Term.EnumLit(RIGHT, "write")))));
    }

    @Test
    void aConstantWithoutValueOrAnUnknownInvariantIsRefused() {
        Horn.Predicate invariant = new Horn.Predicate("inv_loop", List.of(Sort.INT));
        assertAll(
                () -> assertEquals("no value for z", assertThrows(Evaluate.NotEvaluable.class, () -> value(intVar("z"))).getMessage()),
                () -> assertThrows(Evaluate.NotEvaluable.class, () -> value(invariant.apply(X))));
    }
}
