package koru.smt.logic;

import java.util.List;
import java.util.Optional;

/**
 * Constrained Horn clauses for a body with loops: unknown predicates (loop invariants) and rules
 * {@code forall variables. body => head}. A rule without a head is a query ({@code body => false}):
 * an obligation that must never fail. The problem is safe when the predicates have an
 * interpretation satisfying every rule (Z3's Spacer finds one: the inferred invariants).
 */
public record Horn(String name, List<Predicate> predicates, List<Rule> rules) {
    public Horn {
        predicates = List.copyOf(predicates);
        rules = List.copyOf(rules);
    }

    public record Predicate(String name, List<Sort> parameters) {
        public Predicate {
            parameters = List.copyOf(parameters);
        }

        public Term.PredicateApp apply(Term... args) {
            return new Term.PredicateApp(this, List.of(args));
        }
    }

    public record Rule(List<Term.Var> variables, Term body, Optional<Term.PredicateApp> head) {
        public Rule {
            variables = List.copyOf(variables);
            Sorting.require(Sort.BOOL, body, "a Horn rule body");
        }

        public static Rule implies(List<Term.Var> variables, Term body, Term.PredicateApp head) {
            return new Rule(variables, body, Optional.of(head));
        }

        /** {@code body => false}: the body must be unreachable. */
        public static Rule never(List<Term.Var> variables, Term body) {
            return new Rule(variables, body, Optional.empty());
        }
    }
}
