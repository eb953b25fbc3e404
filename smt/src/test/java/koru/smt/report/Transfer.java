package koru.smt.report;

import static koru.smt.z3.Terms.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Term;

/**
 * A ledger transfer as the kernel states it, {@code put(put(balances, from, balances[from] - amount),
 * to, balances[to] + amount)}: between two accounts it keeps the supply; on a path that forgot
 * {@code from != to}, paying oneself creates money.
 */
public final class Transfer {
    static final Term.Var BALANCES = new Term.Var("balances", INT_MAP);
    static final Term.Var SUPPLY = intVar("supply");
    static final Term.Var FROM = intVar("from");
    static final Term.Var TO = intVar("to");
    static final Term.Var AMOUNT = intVar("amount");
    static final Term DEBITED = store(BALANCES, FROM, sub(select(BALANCES, FROM), AMOUNT));
    static final Term CREDITED = store(DEBITED, TO, add(select(BALANCES, TO), AMOUNT));
    /** The kernel's update lemma instances for the two puts. */
    public static final List<Term> UPDATES = List.of(
            eq(sum(DEBITED), add(sub(sum(BALANCES), select(BALANCES, FROM)), sub(select(BALANCES, FROM), AMOUNT))),
            eq(sum(CREDITED), add(sub(sum(DEBITED), select(DEBITED, TO)), add(select(BALANCES, TO), AMOUNT))));

    private Transfer() {
    }

    /** The ranges, the ledger invariant and enough funds, then {@code lemmas}; the goal is the invariant after the transfer. */
    static Query toOneself(List<Term> lemmas) {
        return new Query("transfer inv, from == to allowed", facts(lemmas), eq(sum(CREDITED), SUPPLY));
    }

    /** As {@link #toOneself}, on a path that knows {@code from != to}. */
    public static Query betweenTwoAccounts(List<Term> lemmas) {
        List<Term> facts = facts(lemmas);
        facts.add(app(Op.DISTINCT, FROM, TO));
        return new Query("transfer inv", facts, eq(sum(CREDITED), SUPPLY));
    }

    private static List<Term> facts(List<Term> lemmas) {
        List<Term> facts = new ArrayList<>(List.of(u64(SUPPLY), u64(FROM), u64(TO), u64(AMOUNT),
                u64(select(BALANCES, FROM)), u64(select(BALANCES, TO)), eq(sum(BALANCES), SUPPLY), app(Op.GE, select(BALANCES, FROM), AMOUNT)));
        facts.addAll(lemmas);
        return facts;
    }

    static Value integer(long value) {
        return new Value.IntValue(BigInteger.valueOf(value));
    }
}
