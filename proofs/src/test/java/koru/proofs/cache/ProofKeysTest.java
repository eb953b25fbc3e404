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

    /** A constant is its name and its sort: {@code x} as an integer and {@code x} as a bool are two constants, and two keys. */
    @Test
    void oneNameAtTwoSortsOrTwoEnumerationsGivesTwoKeys() {
        Term.Var number = new Term.Var("x", Sort.INT);
        Term.Var flag = new Term.Var("x", Sort.BOOL);
        assertNotEquals(KEYS.of(new Query("q", List.of(Term.App.of(Op.EQ, number, number)), Term.bool(true))),
                KEYS.of(new Query("q", List.of(Term.App.of(Op.EQ, flag, flag)), Term.bool(true))));
        Sort.Enum two = new Sort.Enum("E", List.of("a", "b"));
        Sort.Enum three = new Sort.Enum("E", List.of("a", "b", "c"));
        Term.Var e = new Term.Var("e", two);
        Term.Var f = new Term.Var("e", three);
        // With two values, e != a implies e == b; with three it does not: the sorts' values are part of the key.
        assertNotEquals(KEYS.of(new Query("q", List.of(Term.App.of(Op.DISTINCT, e, new Term.EnumLit(two, "a"))),
                        Term.App.of(Op.EQ, e, new Term.EnumLit(two, "b")))),
                KEYS.of(new Query("q", List.of(Term.App.of(Op.DISTINCT, f, new Term.EnumLit(three, "a"))),
                        Term.App.of(Op.EQ, f, new Term.EnumLit(three, "b")))));
    }

    /** The canonical text: every constant with its sort, names quoted (a bar and a backslash escaped), text with every character. */
    @Test
    void theTextOfAProblemSaysEverythingItStatesAndNotItsName() {
        Query query = new Query("left out", List.of(Term.App.of(Op.LE, new Term.Var("x", Sort.INT), Term.integer(1))),
                Term.App.of(Op.EQ, new Term.Var("a|\\b", Sort.TEXT), new Term.TextLit("q\"\n")));
        assertEquals("(query (assume (LE (var |x| Int) 1)) (goal (EQ (var |a\\|\\\\b| Text) \"q\\u{22}\\u{a}\")))",
                ProblemText.of(query));
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
