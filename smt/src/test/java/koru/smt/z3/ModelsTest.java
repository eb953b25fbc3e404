package koru.smt.z3;

import static koru.smt.z3.Terms.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import koru.smt.report.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Counterexamples: every sort's values come back from a Z3 model as the values that break the goal. */
class ModelsTest {
    private static final Sort.Enum COLOUR = new Sort.Enum("Colour", List.of("red", "green", "blue"));
    private static final Sort.Opaque CONNECTION = new Sort.Opaque("Connection");

    @RegisterExtension
    static final OneSolver solver = new OneSolver();

    private static Map<String, Value> counterexample(List<Term> assumptions, Term goal) {
        Outcome outcome = solver.prove(new Query("model", assumptions, goal));
        return assertInstanceOf(Outcome.Failed.class, outcome, outcome::toString).model();
    }

    @Test
    void doublingAByteOverflowsFrom128() {
        Term.Var x = intVar("x");
        Map<String, Value> model = counterexample(List.of(inRange(x, BigInteger.valueOf(255))), le(mul(x, num(2)), num(255)));
        BigInteger value = ((Value.IntValue) model.get("x")).value();
        assertTrue(value.compareTo(BigInteger.valueOf(128)) >= 0 && value.compareTo(BigInteger.valueOf(255)) <= 0, "x = " + value);
    }

    @Test
    void anEnumValueIsTheOneTheGoalExcludes() {
        Term.Var c = new Term.Var("c", COLOUR);
        Map<String, Value> model = counterexample(
                List.of(app(Op.DISTINCT, c, new Term.EnumLit(COLOUR, "red"))), eq(c, new Term.EnumLit(COLOUR, "green")));
        assertEquals(new Value.EnumValue("Colour", "blue"), model.get("c"));
    }

    @Test
    void aSetComesBackAsItsMembers() {
        Term.Var s = new Term.Var("s", Sort.setOf(COLOUR));
        Term.Var t = new Term.Var("t", Sort.setOf(COLOUR));
        Term empty = new Term.ConstArray(COLOUR, Term.bool(false));
        Term green = new Term.EnumLit(COLOUR, "green");
        Map<String, Value> model = counterexample(
                List.of(eq(s, app(Op.UNION, store(empty, green, Term.bool(true)), t)), eq(t, empty)),
                not(select(s, green)));
        assertEquals(new Value.ArrayValue(Map.of(new Value.EnumValue("Colour", "green"), new Value.BoolValue(true)), new Value.BoolValue(false)), model.get("s"));
        assertEquals(new Value.ArrayValue(Map.of(), new Value.BoolValue(false)), model.get("t"));
    }

    @Test
    void aMapComesBackAsEntriesAndADefault() {
        Term.Var m = new Term.Var("m", INT_MAP);
        Map<String, Value> model = counterexample(
                List.of(eq(m, store(new Term.ConstArray(Sort.INT, num(0)), num(-4), num(9)))), eq(select(m, num(-4)), num(0)));
        assertEquals(new Value.ArrayValue(Map.of(new Value.IntValue(BigInteger.valueOf(-4)), new Value.IntValue(BigInteger.valueOf(9))),
                new Value.IntValue(BigInteger.ZERO)), model.get("m"));
    }

    @Test
    void textRoundTripsIncludingEscapesAndNonAscii() {
        String tricky = "a\\u{41} \"q\" h\u00e9llo \u20ac \n";
        Term.Var t = new Term.Var("t", Sort.TEXT);
        Map<String, Value> model = counterexample(
                List.of(eq(t, app(Op.CONCAT, new Term.TextLit(tricky), new Term.TextLit("!")))), app(Op.DISTINCT, t, t));
        assertEquals(new Value.TextValue(tricky + "!"), model.get("t"));
    }

    @Test
    void lengthCountsCharacters() {
        Term.Var t = new Term.Var("t", Sort.TEXT);
        Query query = new Query("len", List.of(eq(t, new Term.TextLit("h\u00e9"))), eq(app(Op.LENGTH, t), num(2)));
        assertEquals(new Outcome.Proven(), solver.prove(query));
    }

    @Test
    void distinctHostObjectsGetDistinctIndices() {
        Term.Var a = new Term.Var("a", CONNECTION);
        Term.Var b = new Term.Var("b", CONNECTION);
        Map<String, Value> model = counterexample(List.of(), eq(a, b));
        Value.OpaqueValue first = (Value.OpaqueValue) model.get("a");
        Value.OpaqueValue second = (Value.OpaqueValue) model.get("b");
        assertEquals("Connection", first.sort());
        assertNotEquals(first.index(), second.index());
    }

    @Test
    void namesThatClashWithSmtLibAreStillDistinctConstants() {
        Term.Var and = intVar("and");
        Term.Var spaced = intVar("a b|c");
        Term.Var dotted = intVar("Colour.red");
        Map<String, Value> model = counterexample(
                List.of(eq(and, num(1)), eq(spaced, num(2)), eq(dotted, num(3)), eq(new Term.Var("c", COLOUR), new Term.EnumLit(COLOUR, "red"))),
                app(Op.DISTINCT, and, and));
        assertEquals(new Value.IntValue(BigInteger.ONE), model.get("and"));
        assertEquals(new Value.IntValue(BigInteger.TWO), model.get("a b|c"));
        assertEquals(new Value.IntValue(BigInteger.valueOf(3)), model.get("Colour.red"));
    }

    @Test
    void aNameUsedAtTwoSortsIsRefused() {
        Query query = new Query("clash", List.of(eq(intVar("x"), num(1))), new Term.Var("x", Sort.BOOL));
        assertThrows(IllegalArgumentException.class, () -> solver.prove(query));
    }
}
