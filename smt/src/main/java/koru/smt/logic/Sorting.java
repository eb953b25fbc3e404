package koru.smt.logic;

import java.util.List;

/** The sort rules of {@link Op}: the result sort of an application, or why it is ill-sorted. */
final class Sorting {
    private Sorting() {
    }

    static Sort resultOf(Op op, List<Term> args) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, REM -> {
                arity(op, args, 2);
                args.forEach(a -> require(Sort.INT, a, op.name()));
                yield Sort.INT;
            }
            case NEG -> {
                arity(op, args, 1);
                require(Sort.INT, args.get(0), op.name());
                yield Sort.INT;
            }
            case LT, LE, GT, GE -> {
                arity(op, args, 2);
                args.forEach(a -> require(Sort.INT, a, op.name()));
                yield Sort.BOOL;
            }
            case EQ, DISTINCT -> {
                arity(op, args, 2);
                require(args.get(0).sort(), args.get(1), op.name());
                yield Sort.BOOL;
            }
            case NOT -> {
                arity(op, args, 1);
                require(Sort.BOOL, args.get(0), op.name());
                yield Sort.BOOL;
            }
            case AND, OR -> {
                args.forEach(a -> require(Sort.BOOL, a, op.name()));
                yield Sort.BOOL;
            }
            case IMPLIES -> {
                arity(op, args, 2);
                args.forEach(a -> require(Sort.BOOL, a, op.name()));
                yield Sort.BOOL;
            }
            case ITE -> {
                arity(op, args, 3);
                require(Sort.BOOL, args.get(0), op.name());
                require(args.get(1).sort(), args.get(2), op.name());
                yield args.get(1).sort();
            }
            case SELECT -> {
                arity(op, args, 2);
                Sort.Array array = array(args.get(0), op);
                require(array.key(), args.get(1), op.name());
                yield array.value();
            }
            case STORE -> {
                arity(op, args, 3);
                Sort.Array array = array(args.get(0), op);
                require(array.key(), args.get(1), op.name());
                require(array.value(), args.get(2), op.name());
                yield array;
            }
            case UNION, INTER -> {
                arity(op, args, 2);
                Sort.Array set = set(args.get(0), op);
                require(set, args.get(1), op.name());
                yield set;
            }
            case SUBSET -> {
                arity(op, args, 2);
                require(set(args.get(0), op), args.get(1), op.name());
                yield Sort.BOOL;
            }
            case CONCAT -> {
                arity(op, args, 2);
                args.forEach(a -> require(Sort.TEXT, a, op.name()));
                yield Sort.TEXT;
            }
            case LENGTH -> {
                arity(op, args, 1);
                require(Sort.TEXT, args.get(0), op.name());
                yield Sort.INT;
            }
            case SUM -> {
                arity(op, args, 1);
                Sort.Array map = array(args.get(0), op);
                if (!map.value().equals(Sort.INT)) {
                    throw new IllegalArgumentException("SUM needs an integer-valued map, got " + map);
                }
                yield Sort.INT;
            }
        };
    }

    static void require(Sort expected, Term actual, String where) {
        if (!expected.equals(actual.sort())) {
            throw new IllegalArgumentException(where + " expects " + expected + ", got " + actual.sort() + " in " + actual);
        }
    }

    private static void arity(Op op, List<Term> args, int count) {
        if (args.size() != count) {
            throw new IllegalArgumentException(op + " takes " + count + " arguments, got " + args.size());
        }
    }

    private static Sort.Array array(Term term, Op op) {
        if (term.sort() instanceof Sort.Array array) {
            return array;
        }
        throw new IllegalArgumentException(op + " needs an array, got " + term.sort());
    }

    private static Sort.Array set(Term term, Op op) {
        Sort.Array array = array(term, op);
        if (!array.value().equals(Sort.BOOL)) {
            throw new IllegalArgumentException(op + " needs a set, got " + array);
        }
        return array;
    }
}
