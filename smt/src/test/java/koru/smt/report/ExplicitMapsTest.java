package koru.smt.report;

import static koru.smt.report.Transfer.integer;
import static koru.smt.z3.Terms.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import org.junit.jupiter.api.Test;

/** A query over map constants, restated over explicit maps of a few entries with every {@code sum} spelt out. */
class ExplicitMapsTest {
    private static final Term.Var BALANCES = new Term.Var("balances", INT_MAP);
    private static final Term.Var SUPPLY = intVar("supply");
    private static final Query CONSERVED = new Query("conserved", List.of(eq(sum(BALANCES), SUPPLY)), le(select(BALANCES, num(1)), SUPPLY));

    private static boolean mentions(Term term, Op op) {
        return switch (term) {
            case Term.App app -> app.op() == op || app.args().stream().anyMatch(a -> mentions(a, op));
            case Term.ConstArray c -> mentions(c.value(), op);
            default -> false;
        };
    }

    @Test
    void aMapConstantBecomesEntriesWithDistinctKeys() {
        ExplicitMaps explicit = ExplicitMaps.of(CONSERVED, 2).orElseThrow();
        assertAll(
                () -> assertEquals(List.of("balances[key 0]", "balances[key 1]", "balances[value 0]", "balances[value 1]", "supply"),
                        FreeConstants.of(explicit.query()).stream().map(Term.Var::name).toList()),
                () -> assertEquals(app(Op.DISTINCT, new Term.Var("balances[key 0]", Sort.INT), new Term.Var("balances[key 1]", Sort.INT)),
                        explicit.query().assumptions().get(0)),
                () -> assertTrue(explicit.hasMaps()));
    }

    @Test
    void theSpeltOutSumIsTheSumOfTheEntries() {
        ExplicitMaps explicit = ExplicitMaps.of(CONSERVED, 2).orElseThrow();
        Map<String, Value> entries = Map.of(
                "balances[key 0]", integer(1), "balances[value 0]", integer(5),
                "balances[key 1]", integer(2), "balances[value 1]", integer(7), "supply", integer(12));
        Term conservation = explicit.query().assumptions().get(1);
        assertAll(
                () -> assertFalse(explicit.query().assumptions().stream().anyMatch(a -> mentions(a, Op.SUM)), "no sum is left"),
                () -> assertTrue(new Evaluate(entries).holds(conservation), conservation.toString()),
                () -> assertEquals(Map.of("balances", new Value.ArrayValue(Map.of(integer(1), integer(5), integer(2), integer(7)), integer(0)),
                                "supply", integer(12)),
                        explicit.original(FreeConstants.of(CONSERVED), entries)));
    }

    @Test
    void withNoEntriesEveryMapIsEmpty() {
        ExplicitMaps explicit = ExplicitMaps.of(CONSERVED, 0).orElseThrow();
        assertAll(
                () -> assertEquals(List.of("supply"), FreeConstants.of(explicit.query()).stream().map(Term.Var::name).toList()),
                () -> assertEquals(Map.of("balances", new Value.ArrayValue(Map.of(), integer(0)), "supply", integer(0)),
                        explicit.original(FreeConstants.of(CONSERVED), Map.of("supply", integer(0)))));
    }

    @Test
    void aQueryWithoutMapsStaysAsItIs() {
        Query overflow = new Query("overflow", List.of(u32(SUPPLY)), u32(add(SUPPLY, num(1))));
        ExplicitMaps explicit = ExplicitMaps.of(overflow, 3).orElseThrow();
        assertAll(
                () -> assertFalse(explicit.hasMaps()),
                () -> assertEquals(overflow.assumptions(), explicit.query().assumptions()),
                () -> assertEquals(overflow.goal(), explicit.query().goal()));
    }

    @Test
    void anEntryNeverTakesTheNameOfAConstantOfTheQuery() {
        Term.Var taken = intVar("balances[key 0]");
        Query query = new Query("taken", List.of(eq(select(BALANCES, taken), num(1))), eq(sum(BALANCES), num(1)));
        assertEquals(List.of("balances[key 0]'", "balances[value 0]", "balances[key 0]"),
                FreeConstants.of(ExplicitMaps.of(query, 1).orElseThrow().query()).stream().map(Term.Var::name).toList());
    }

    @Test
    void theSumOfAMapThatIsNotFiniteHasNoExplicitForm() {
        Query query = new Query("all threes", List.of(), eq(sum(new Term.ConstArray(Sort.INT, num(3))), num(0)));
        assertTrue(ExplicitMaps.of(query, 1).isEmpty());
    }
}
