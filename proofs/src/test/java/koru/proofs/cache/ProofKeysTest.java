package koru.proofs.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import koru.smt.z3.Z3Solver;
import org.junit.jupiter.api.Test;

/** A key names exactly one problem under one limit and one Z3: the test that would catch a too-small key (STYLE.md). */
class ProofKeysTest {
    private static final ProofKeys KEYS = new ProofKeys("Z3 4.14.1.0", Z3Solver.DEFAULT_RESOURCE_LIMIT);

    @Test
    void theSameProblemHasTheSameKeyWhateverItsName() {
        Query renamed = new Query("another name", Problems.holds().assumptions(), Problems.holds().goal());
        assertEquals(KEYS.of(Problems.holds()), KEYS.of(renamed));
        assertEquals(KEYS.of(Problems.counterNeverReaches(7)), KEYS.of(Problems.counterNeverReaches(7)));
    }

    @Test
    void anotherLimitOrAnotherZ3GivesAnotherKey() {
        assertNotEquals(KEYS.of(Problems.holds()), new ProofKeys(KEYS.z3Version(), 1_000).of(Problems.holds()));
        assertNotEquals(KEYS.of(Problems.holds()), new ProofKeys("Z3 4.15.0.0", KEYS.resourceLimit()).of(Problems.holds()));
        assertNotEquals(KEYS.of(Problems.counterNeverReaches(7)), new ProofKeys(KEYS.z3Version(), 1_000).of(Problems.counterNeverReaches(7)));
    }

    @Test
    void problemsThatDifferAnywhereHaveDifferentKeys() {
        assertNotEquals(KEYS.of(Problems.holds()), KEYS.of(Problems.fails()));
        assertNotEquals(KEYS.of(Problems.counterNeverReaches(7)), KEYS.of(Problems.counterNeverReaches(8)));
        // One constant deep inside a large term.
        assertNotEquals(KEYS.of(nested(200, 5)), KEYS.of(nested(200, 6)));
    }

    /** Trailing blanks and line ends inside a text literal are the literal's, not layout: the normalisation must keep them. */
    @Test
    void textsThatDifferOnlyInBlanksOrLineEndsHaveDifferentKeys() {
        List<String> texts = List.of("a", "a ", "a\n", "a \n", "a\r\n", "a\r", "a\t", "a\n\n", "a\\u{a}");
        Set<ProofKeys.ProofKey> keys = texts.stream().map(text -> KEYS.of(Problems.textIs(text, "a"))).collect(Collectors.toSet());
        assertEquals(texts.size(), keys.size());
    }

    @Test
    void namesThatZ3MustEscapeStayApart() {
        List<String> names = List.of("a b", "a_b", "|a b|", "a|b", "a\\b");
        Set<ProofKeys.ProofKey> keys = names.stream().map(name -> new Term.Var(name, Sort.INT))
                .map(v -> KEYS.of(new Query("q", List.of(), Term.App.of(Op.LE, v, Term.integer(1)))))
                .collect(Collectors.toSet());
        assertEquals(names.size(), keys.size());
    }

    @Test
    void normalisingDropsOnlyLayout() {
        assertEquals("(a)\n(b c)\n", ProofKeys.normalised("(a)  \r\n(b c)\t\r\n\n\n"));
        assertEquals("(a)\n(b c)\n", ProofKeys.normalised("(a)\r(b c)"));
        assertNotEquals(ProofKeys.normalised("(b c)\n"), ProofKeys.normalised("(b  c)\n"));
    }

    @Test
    void aKeyIsSixtyFourHexDigits() {
        assertEquals(64, KEYS.of(Problems.holds()).hex().length());
        assertThrows(IllegalArgumentException.class, () -> new ProofKeys.ProofKey("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> new ProofKeys.ProofKey("AB".repeat(32)));
    }

    /** {@code x + (x + (... + leaf))} of {@code depth} additions, at least 0. */
    private static Query nested(int depth, long leaf) {
        Term.Var x = new Term.Var("x", Sort.INT);
        Term sum = Term.integer(leaf);
        for (int i = 0; i < depth; i++) {
            sum = Term.App.of(Op.ADD, x, sum);
        }
        return new Query("nested", List.of(Term.App.of(Op.GE, x, Term.integer(0))), Term.App.of(Op.GE, sum, Term.integer(0)));
    }
}
