package koru.kernel.interp;

import static koru.kernel.obligations.Ir.I64;
import static koru.kernel.obligations.Ir.U64;
import static koru.kernel.obligations.Ir.U8;
import static koru.kernel.obligations.Ir.bool;
import static koru.kernel.obligations.Ir.enumType;
import static koru.kernel.obligations.Ir.enumValue;
import static koru.kernel.obligations.Ir.f;
import static koru.kernel.obligations.Ir.field;
import static koru.kernel.obligations.Ir.fn;
import static koru.kernel.obligations.Ir.list;
import static koru.kernel.obligations.Ir.neg;
import static koru.kernel.obligations.Ir.num;
import static koru.kernel.obligations.Ir.op;
import static koru.kernel.obligations.Ir.read;
import static koru.kernel.obligations.Ir.record;
import static koru.kernel.obligations.Ir.recordType;
import static koru.kernel.obligations.Ir.test;
import static koru.kernel.obligations.Ir.text;
import static koru.kernel.obligations.Ir.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Expr.BinaryOp;
import koru.kernel.ir.Expr.Function;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program;
import koru.kernel.ir.Ty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Expressions on values: code checks overflow, division and record invariants as the verifier obliges them; contracts are unbounded. */
class EvaluateTest {
    private static final Ty MAP = new Ty.MapOf(U64, U64);
    private static final Ty SET = new Ty.SetOf(U8);
    /** {@code ~type Range { lo: u64, hi: u64 } where lo <= hi} and {@code ~type Color = red | green}. */
    private static final Program TYPES = new Program(List.of(
            recordType("m:Range", Optional.of(test(var("lo", U64), BinaryOp.LE, var("hi", U64))), f("lo", U64), f("hi", U64)),
            enumType("m:Color", "red", "green")), List.of(), List.of(), List.of());

    private static Value code(Expr expr, Map<String, Value> names) {
        return new Evaluate(new Lookup(TYPES), Evaluate.Mode.CODE, names, Map.of()).value(expr);
    }

    private static Value code(Expr expr) {
        return code(expr, Map.of());
    }

    private static Value contract(Expr expr) {
        return new Evaluate(new Lookup(TYPES), Evaluate.Mode.CONTRACT, Map.of(), Map.of()).value(expr);
    }

    private static String fault(Expr expr) {
        return assertThrows(Faulted.class, () -> code(expr)).what();
    }

    private static Expr big(BigInteger value, Ty type) {
        return new Expr.IntLit(value, type, koru.kernel.obligations.Ir.anywhere());
    }

    @ParameterizedTest
    @EnumSource(IntKind.class)
    void anOperationThatLeavesItsTypeFaultsAtEachWidth(IntKind kind) {
        Ty type = new Ty.Int(kind);
        Expr max = big(kind.max(), type);
        Expr min = big(kind.min(), type);
        assertEquals(new Value.Int(kind.max()), code(op(1, max, BinaryOp.ADD, num(0, type), type)));
        assertTrue(fault(op(2, max, BinaryOp.ADD, num(1, type), type)).contains("KORU104"));
        assertEquals(new Value.Int(kind.min()), code(op(3, min, BinaryOp.SUB, num(0, type), type)));
        assertTrue(fault(op(4, min, BinaryOp.SUB, num(1, type), type)).contains("KORU104"));
        assertTrue(fault(op(5, max, BinaryOp.MUL, num(2, type), type)).contains("(it is " + kind.max().shiftLeft(1) + ")"));
        // -min leaves a signed type; -1 leaves an unsigned one; -0 fits both.
        assertTrue(fault(neg(6, kind.signed() ? min : num(1, type), type)).contains("KORU104"));
        assertEquals(Value.of(0), code(neg(7, num(0, type), type)));
        // In a contract the same operation is exact.
        assertEquals(new Value.Int(kind.max().add(BigInteger.ONE)), contract(op(8, max, BinaryOp.ADD, num(1, type), type)));
    }

    @Test
    void divisionTruncatesTowardZeroAndTheRemainderHasTheDividendsSign() {
        Ty i8 = new Ty.Int(IntKind.I8);
        assertEquals(Value.of(-3), code(op(1, num(-7, i8), BinaryOp.DIV, num(2, i8), i8)));
        assertEquals(Value.of(-1), code(op(2, num(-7, i8), BinaryOp.REM, num(2, i8), i8)));
        assertEquals(Value.of(1), code(op(3, num(7, i8), BinaryOp.REM, num(-2, i8), i8)));
        assertTrue(fault(op(4, num(-128, i8), BinaryOp.DIV, num(-1, i8), i8)).contains("KORU104"), "MIN / -1 overflows");
        assertEquals(Value.of(0), code(op(5, num(-128, i8), BinaryOp.REM, num(-1, i8), i8)), "% never overflows");
    }

    @Test
    void divisionByZeroFaultsInCodeAndInContracts() {
        Expr division = op(1, num(1, U64), BinaryOp.DIV, num(0, U64), U64);
        assertTrue(fault(division).contains("the divisor of `1 / 0` is not zero: does not hold (KORU105"));
        assertThrows(Faulted.class, () -> contract(op(2, num(1, U64), BinaryOp.REM, num(0, U64), U64)));
    }

    @Test
    void logicalOperatorsEvaluateTheirRightOperandOnlyWhenTheLeftLetsThem() {
        Expr crash = test(op(1, num(1, U64), BinaryOp.DIV, num(0, U64), U64), BinaryOp.EQ, num(0, U64));
        assertEquals(Value.FALSE, contract(op(bool(false), BinaryOp.AND, crash, Ty.BOOL)));
        assertEquals(Value.TRUE, contract(op(bool(true), BinaryOp.OR, crash, Ty.BOOL)));
        assertEquals(Value.TRUE, contract(op(bool(false), BinaryOp.IMPLIES, crash, Ty.BOOL)));
        assertEquals(Value.FALSE, contract(op(bool(true), BinaryOp.IMPLIES, bool(false), Ty.BOOL)));
        assertThrows(Faulted.class, () -> contract(op(bool(true), BinaryOp.AND, crash, Ty.BOOL)));
        assertEquals(Value.TRUE, code(new Expr.Unary(Expr.UnaryOp.NOT, bool(false), Ty.BOOL, koru.kernel.obligations.Ir.anywhere())));
    }

    @Test
    void comparisonsTextEnumsAndNames() {
        assertEquals(Value.TRUE, code(test(num(-1, I64), BinaryOp.LT, num(0, I64))));
        assertEquals(Value.FALSE, code(test(num(2, I64), BinaryOp.LE, num(1, I64))));
        assertEquals(Value.TRUE, code(test(num(2, I64), BinaryOp.GE, num(2, I64))));
        assertEquals(Value.FALSE, code(test(num(2, I64), BinaryOp.GT, num(2, I64))));
        assertEquals(Value.TRUE, code(test(enumValue("m:Color", "red"), BinaryOp.NE, enumValue("m:Color", "green"))));
        Expr greeting = op(op(text("n="), BinaryOp.CONCAT, var("n", I64), Ty.TEXT), BinaryOp.CONCAT,
                op(text(" "), BinaryOp.CONCAT, enumValue("m:Color", "green"), Ty.TEXT), Ty.TEXT);
        assertEquals(Value.of("n=-4 green"), code(greeting, Map.of("n", Value.of(-4))));
        assertEquals(Value.of("ok true"), code(op(text("ok "), BinaryOp.CONCAT, bool(true), Ty.TEXT)));
    }

    @Test
    void aRecordBuiltInCodeMustSatisfyItsInvariant() {
        Expr range = record(1, "m:Range", num(1, U64), num(2, U64));
        assertEquals(new Value.Struct("m:Range", Map.of("lo", Value.of(1), "hi", Value.of(2))), code(range));
        assertEquals(Value.of(2), code(field(range, "hi", U64)));
        assertTrue(fault(record(2, "m:Range", num(3, U64), num(2, U64))).contains("KORU103"));
        // A contract only describes a record: it is not built, so its invariant is not obliged there.
        assertEquals(Value.of(3), contract(field(record(3, "m:Range", num(3, U64), num(2, U64)), "lo", U64)));
    }

    @Test
    void mapsReadMissingKeysAsZeroAndSumTheirValues() {
        Expr empty = fn(Function.EMPTY_MAP, MAP);
        Expr two = fn(Function.PUT, MAP, fn(Function.PUT, MAP, empty, num(1, U64), num(10, U64)), num(2, U64), num(20, U64));
        assertEquals(Value.of(10), code(read(two, num(1, U64), U64)));
        assertEquals(Value.of(0), code(read(two, num(7, U64), U64)));
        assertEquals(Value.of(30), code(fn(Function.SUM, U64, two)));
        assertEquals(Value.of(20), code(fn(Function.SUM, U64, fn(Function.REMOVE, MAP, two, num(1, U64)))));
        assertEquals(code(empty), code(fn(Function.PUT, MAP, empty, num(1, U64), num(0, U64))), "an entry equal to zero is no entry");
        Ty bytes = new Ty.MapOf(U64, U8);
        Expr full = fn(Function.PUT, bytes, fn(Function.PUT, bytes, fn(Function.EMPTY_MAP, bytes), num(1, U64), num(200, U8)),
                num(2, U64), num(100, U8));
        assertTrue(fault(fn(Function.SUM, U8, full)).contains("KORU104"), "sum has the map's value type in code");
        assertEquals(Value.of(300), contract(fn(Function.SUM, U8, full)));
    }

    @Test
    void setsListsAndTheOtherBuiltins() {
        Expr oneTwo = fn(Function.SET, SET, num(1, U8), num(2, U8));
        Expr twoThree = fn(Function.ADD, SET, fn(Function.SET, SET, num(2, U8)), num(3, U8));
        assertEquals(new Value.SetOf(Set.of(Value.of(2))), code(fn(Function.INTER, SET, oneTwo, twoThree)));
        assertEquals(new Value.SetOf(Set.of(Value.of(1), Value.of(2), Value.of(3))), code(fn(Function.UNION, SET, oneTwo, twoThree)));
        assertEquals(new Value.SetOf(Set.of(Value.of(1))), code(fn(Function.REMOVE, SET, oneTwo, num(2, U8))));
        assertEquals(Value.TRUE, code(fn(Function.HAS, Ty.BOOL, oneTwo, num(2, U8))));
        assertEquals(Value.FALSE, code(fn(Function.HAS, Ty.BOOL, oneTwo, num(3, U8))));
        assertEquals(Value.TRUE, code(fn(Function.SUBSET, Ty.BOOL, fn(Function.SET, SET, num(2, U8)), oneTwo)));
        assertEquals(Value.FALSE, code(fn(Function.SUBSET, Ty.BOOL, twoThree, oneTwo)));
        assertEquals(Value.of(-5), code(fn(Function.MIN, I64, num(-5, I64), num(3, I64))));
        assertEquals(Value.of(3), code(fn(Function.MAX, I64, num(-5, I64), num(3, I64))));
        assertEquals(Value.of(3), code(fn(Function.LEN, U64, text("né!"))), "len of text counts characters, as Z3's str.len");
        assertEquals(Value.of(2), code(fn(Function.LEN, U64, text("a\uD83D\uDE00"))), "an astral character is one, not two UTF-16 units");
        Expr numbers = list(U8, num(4, U8), num(5, U8));
        assertEquals(new Value.ListOf(List.of(Value.of(4), Value.of(5))), code(numbers));
        assertEquals(Value.of(2), code(fn(Function.LEN, U64, numbers)));
    }
}
