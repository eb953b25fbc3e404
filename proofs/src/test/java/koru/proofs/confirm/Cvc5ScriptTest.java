package koru.proofs.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class Cvc5ScriptTest {
    @Test
    void dropsZ3sLimitAndSetsTheLogic() {
        assertEquals("""
                (set-logic ALL)
                (declare-fun x () Int)
                (assert (> x 0))
                (check-sat)
                """, Cvc5Script.of("""
                ; a comment
                (set-option :rlimit 2000000)
                (declare-fun x () Int)
                (assert (> x 0))
                (check-sat)
                """));
    }

    @Test
    void anEmptyDisjunctionIsFalseAndAnEmptyConjunctionTrue() {
        assertEquals("(set-logic ALL)\n(assert (not false))\n(assert (or true (and |or| \"and\")))\n",
                Cvc5Script.of("(assert (not or))\n(assert (or and (and |or| \"and\")))\n"));
    }

    @Test
    void setOperatorsAreDefinedForEachSetSortAfterTheDatatypes() {
        String script = Cvc5Script.of("""
                (declare-datatypes ((R 0)) (((R.read) (R.write))))
                (declare-fun s () (Array R Bool))
                (assert (subset (intersection s s) s))
                """);

        assertEquals("""
                (set-logic ALL)
                (declare-datatypes ((R 0)) (((R.read) (R.write))))
                (define-fun subset ((a (Array R Bool)) (b (Array R Bool))) Bool (forall ((x R)) (=> (select a x) (select b x))))
                (declare-fun union ((Array R Bool) (Array R Bool)) (Array R Bool))
                (assert (forall ((a (Array R Bool)) (b (Array R Bool)) (x R)) (= (select (union a b) x) (or (select a x) (select b x)))))
                (declare-fun intersection ((Array R Bool) (Array R Bool)) (Array R Bool))
                (assert (forall ((a (Array R Bool)) (b (Array R Bool)) (x R)) (= (select (intersection a b) x) (and (select a x) (select b x)))))
                (declare-fun s () (Array R Bool))
                (assert (subset (intersection s s) s))
                """, script);
    }

    @Test
    void tokensKeepQuotedSymbolsAndStringsWhole() {
        assertEquals(List.of("(", "=", " ", "|a b)|", " ", "\"x \"\" y\"", ")"), Cvc5Script.tokensWithSpace("(= |a b)| \"x \"\" y\")"));
    }

    @Test
    void anUnterminatedQuotedSymbolIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Cvc5Script.of("(assert |open)"));
    }
}
