package koru.smt.logic;

import java.math.BigInteger;
import java.util.List;

/**
 * A term of the query language. Every term has a sort, and {@link App#of} refuses an ill-sorted
 * application, so a query that reaches the solver is well-sorted by construction.
 */
public sealed interface Term {
    Sort sort();

    /** A free constant of a query (or a bound variable of a Horn rule). */
    record Var(String name, Sort sort) implements Term {
    }

    record IntLit(BigInteger value) implements Term {
        public Sort sort() {
            return Sort.INT;
        }
    }

    record BoolLit(boolean value) implements Term {
        public Sort sort() {
            return Sort.BOOL;
        }
    }

    record TextLit(String value) implements Term {
        public Sort sort() {
            return Sort.TEXT;
        }
    }

    /** One value of an enumeration sort. */
    record EnumLit(Sort.Enum sort, String value) implements Term {
        public EnumLit {
            if (!sort.values().contains(value)) {
                throw new IllegalArgumentException(sort.name() + " has no value " + value);
            }
        }
    }

    /** The array mapping every key to {@code value}: the empty map (all zeros) or the empty set (all false). */
    record ConstArray(Sort key, Term value) implements Term {
        public Sort sort() {
            return new Sort.Array(key, value.sort());
        }
    }

    /** An operator applied to its arguments; build it with {@link #of}, which checks the sorts. */
    record App(Op op, List<Term> args, Sort sort) implements Term {
        public App {
            args = List.copyOf(args);
        }

        public static App of(Op op, Term... args) {
            return new App(op, List.of(args), Sorting.resultOf(op, List.of(args)));
        }
    }

    /** A Horn-clause predicate applied to arguments (only inside {@link Horn} rules). */
    record PredicateApp(Horn.Predicate predicate, List<Term> args) implements Term {
        public PredicateApp {
            args = List.copyOf(args);
            if (!args.stream().map(Term::sort).toList().equals(predicate.parameters())) {
                throw new IllegalArgumentException(predicate.name() + " takes " + predicate.parameters() + ", got " + args);
            }
        }

        public Sort sort() {
            return Sort.BOOL;
        }
    }

    static Term integer(long value) {
        return new IntLit(BigInteger.valueOf(value));
    }

    static Term integer(BigInteger value) {
        return new IntLit(value);
    }

    static Term bool(boolean value) {
        return new BoolLit(value);
    }
}
