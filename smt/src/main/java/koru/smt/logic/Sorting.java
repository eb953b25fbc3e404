// Trusted: an application is built only when its arguments have the sorts its operator needs.
package koru.smt.logic;

import java.util.List;

/** The sort rules of {@link Op}: the result sort of an application, or why it is ill-sorted. */
final class Sorting {
    private Sorting() {
    }

    static Sort resultOf(Op op, List<Term> args) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, REM -> all(op, args, 2, Sort.INT, Sort.INT);
            case NEG -> all(op, args, 1, Sort.INT, Sort.INT);
            case LT, LE, GT, GE -> all(op, args, 2, Sort.INT, Sort.BOOL);
            case NOT -> all(op, args, 1, Sort.BOOL, Sort.BOOL);
            case AND, OR -> all(op, args, args.size(), Sort.BOOL, Sort.BOOL);
            case IMPLIES -> all(op, args, 2, Sort.BOOL, Sort.BOOL);
            case CONCAT -> all(op, args, 2, Sort.TEXT, Sort.TEXT);
            case LENGTH -> all(op, args, 1, Sort.TEXT, Sort.INT);
            case EQ, DISTINCT -> {
                arity(op, args, 2);
                require(args.get(0).sort(), args.get(1), op.name());
                yield Sort.BOOL;
            }
            case ITE -> {
                arity(op, args, 3);
                require(Sort.BOOL, args.get(0), op.name());
                require(args.get(1).sort(), args.get(2), op.name());
                yield args.get(1).sort();
            }
            case SELECT, STORE -> {
                arity(op, args, op == Op.SELECT ? 2 : 3);
                if (!(args.get(0).sort() instanceof Sort.Array array)) {
                    throw new IllegalArgumentException(op + " needs an array, got " + args.get(0).sort());
                }
                require(array.key(), args.get(1), op.name());
                if (op == Op.SELECT) {
                    yield array.value();
                }
                require(array.value(), args.get(2), op.name());
                yield array;
            }
            case UNION, INTER, SUBSET -> {
                arity(op, args, 2);
                Sort set = args.get(0).sort();
                if (!(set instanceof Sort.Array array && array.value().equals(Sort.BOOL))) {
                    throw new IllegalArgumentException(op + " needs a set, got " + set);
                }
                require(set, args.get(1), op.name());
                yield op == Op.SUBSET ? Sort.BOOL : set;
            }
            case SUM -> {
                arity(op, args, 1);
                if (!(args.get(0).sort() instanceof Sort.Array map && map.value().equals(Sort.INT))) {
                    throw new IllegalArgumentException("SUM needs an integer-valued map, got " + args.get(0).sort());
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

    /** {@code count} arguments, each of sort {@code operand}; the result is of sort {@code result}. */
    private static Sort all(Op op, List<Term> args, int count, Sort operand, Sort result) {
        arity(op, args, count);
        args.forEach(a -> require(operand, a, op.name()));
        return result;
    }

    private static void arity(Op op, List<Term> args, int count) {
        if (args.size() != count) {
            throw new IllegalArgumentException(op + " takes " + count + " arguments, got " + args.size());
        }
    }
}
