package koru.smt.logic;

import java.util.List;

/**
 * One proof obligation: {@code goal} holds whenever every assumption does. The solver proves it
 * by showing that the assumptions together with {@code not goal} have no model.
 */
public record Query(String name, List<Term> assumptions, Term goal) {
    public Query {
        assumptions = List.copyOf(assumptions);
        assumptions.forEach(a -> Sorting.require(Sort.BOOL, a, "an assumption of " + name));
        Sorting.require(Sort.BOOL, goal, "the goal of " + name);
    }
}
