// Trusted: an application is built only when its arguments have the sorts its operator needs.
package koru.smt.logic;

import java.util.List;

/** The sort rules of {@link Op}: the result sort of an application, or why it is ill-sorted. */
final class Sorting {
    private Sorting() {
    }

    static Sort resultOf(Op op, List<Term> args) {
        if (args.size() != arity(op, args)) {
            throw new IllegalArgumentException(op + " takes " + arity(op, args) + " arguments, got " + args.size());
        }
        return switch (op) {
            case ADD, SUB, MUL, DIV, REM, NEG -> all(op, args, Sort.INT, Sort.INT);
            case LT, LE, GT, GE -> all(op, args, Sort.INT, Sort.BOOL);
            case NOT, AND, OR, IMPLIES -> all(op, args, Sort.BOOL, Sort.BOOL);
            case CONCAT -> all(op, args, Sort.TEXT, Sort.TEXT);
            case LENGTH -> all(op, args, Sort.TEXT, Sort.INT);
            case EQ, DISTINCT -> all(op, args, args.get(0).sort(), Sort.BOOL);
            case ITE -> {
                require(Sort.BOOL, args.get(0), op.name());
                yield all(op, args.subList(1, 3), args.get(1).sort(), args.get(1).sort());
            }
            case SELECT, STORE -> {
                Sort.Array array = array(op, args.get(0), null);
                require(array.key(), args.get(1), op.name());
                yield op == Op.SELECT ? array.value() : all(op, args.subList(2, 3), array.value(), array);
            }
            case UNION, INTER, SUBSET -> all(op, args, array(op, args.get(0), Sort.BOOL), op == Op.SUBSET ? Sort.BOOL : args.get(0).sort());
            case SUM -> array(op, args.get(0), Sort.INT).value();
        };
    }

    static void require(Sort expected, Term actual, String where) {
        if (!expected.equals(actual.sort())) {
            throw new IllegalArgumentException(where + " expects " + expected + ", got " + actual.sort() + " in " + actual);
        }
    }

    /** AND and OR take any number of arguments; every other operator a fixed number. */
    private static int arity(Op op, List<Term> args) {
        return switch (op) {
            case AND, OR -> args.size();
            case NEG, NOT, LENGTH, SUM -> 1;
            case ITE, STORE -> 3;
            default -> 2;
        };
    }

    /** Every argument of sort {@code operand}; the result is of sort {@code result}. */
    private static Sort all(Op op, List<Term> args, Sort operand, Sort result) {
        args.forEach(a -> require(operand, a, op.name()));
        return result;
    }

    /** The array sort of {@code term}, whose values are of sort {@code value} unless that is null (any). */
    private static Sort.Array array(Op op, Term term, Sort value) {
        if (term.sort() instanceof Sort.Array array && (value == null || array.value().equals(value))) {
            return array;
        }
        throw new IllegalArgumentException(op + " needs an array" + (value == null ? "" : " of " + value) + ", got " + term.sort());
    }
}
