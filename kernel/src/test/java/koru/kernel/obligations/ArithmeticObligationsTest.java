package koru.kernel.obligations;

import static koru.kernel.ir.Expr.BinaryOp.ADD;
import static koru.kernel.ir.Expr.BinaryOp.AND;
import static koru.kernel.ir.Expr.BinaryOp.DIV;
import static koru.kernel.ir.Expr.BinaryOp.GT;
import static koru.kernel.ir.Expr.BinaryOp.MUL;
import static koru.kernel.ir.Expr.BinaryOp.NE;
import static koru.kernel.ir.Expr.BinaryOp.OR;
import static koru.kernel.ir.Expr.BinaryOp.REM;
import static koru.kernel.ir.Expr.BinaryOp.SUB;
import static koru.kernel.ir.Program.Implementation.HOST;
import static koru.kernel.ir.Program.Implementation.SUBFLOW;
import static koru.kernel.obligations.Ir.*;
import static koru.kernel.obligations.Obligation.Kind.OVERFLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Node;
import koru.kernel.ir.Program;
import koru.kernel.ir.Ty;
import koru.smt.report.Value;
import org.junit.jupiter.api.Test;

/** Overflow (every integer operation fits its type, B1) and division (no divisor is zero) in code and contracts. */
class ArithmeticObligationsTest {
    /** {@code ~event calc { a: T, b: T } | r T} implemented by the subflow {@code root}. */
    static Verdicts calc(Ty type, Node root) {
        return Verdicts.of(program(List.of(), List.of(event("m:calc", List.of(f("a", type), f("b", type)), Optional.empty(), SUBFLOW,
                branch("r", type, Optional.empty()))), subflow("m:calc", root)));
    }

    static Expr a(Ty type) {
        return var("a", type);
    }

    static Expr b(Ty type) {
        return var("b", type);
    }

    @Test
    void doublingAU8OverflowsFrom128() {
        // reject/overflow.kz: ~double = doubled n * 2
        Verdicts verdicts = calc(U8, construct(1, "r", op(2, a(U8), MUL, num(2, U8), U8)));
        Value n = verdicts.failed(OVERFLOW, 2).get("a");
        assertTrue(((Value.IntValue) n).value().compareTo(BigInteger.valueOf(128)) >= 0, "a = " + n);
    }

    @Test
    void addingTwoInputsCanOverflow() {
        calc(U32, construct(1, "r", op(2, a(U32), ADD, b(U32), U32))).failed(OVERFLOW, 2);
    }

    @Test
    void subtractingUnsignedCanGoBelowZero() {
        calc(U32, construct(1, "r", op(2, a(U32), SUB, b(U32), U32))).failed(OVERFLOW, 2);
    }

    @Test
    void negatingTheMinimumOfASignedTypeOverflows() {
        assertEquals(new Value.IntValue(BigInteger.TWO.pow(63).negate()),
                calc(I64, construct(1, "r", neg(2, a(I64), I64))).failed(OVERFLOW, 2).get("a"));
    }

    @Test
    void irTheRecheckRefusesGetsNoObligations() {
        // -a on a u32 in code: unsigned negation is meaningful in contracts only, so RecheckIr rejects it.
        Program program = program(List.of(), List.of(event("m:calc", List.of(f("a", U32), f("b", U32)), Optional.empty(), SUBFLOW,
                branch("r", U32, Optional.empty()))), subflow("m:calc", construct(1, "r", neg(2, a(U32), U32))));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> GenerateObligations.of(program));
        assertTrue(refused.getMessage().contains("NEG does not apply to u32"), refused.getMessage());
    }

    @Test
    void minDividedByMinusOneOverflowsAndZeroDivides() {
        Verdicts verdicts = calc(I64, construct(1, "r", op(2, a(I64), DIV, b(I64), I64)));
        assertEquals(new Value.IntValue(BigInteger.valueOf(-1)), verdicts.failed(OVERFLOW, 2).get("b"));
        assertEquals(new Value.IntValue(BigInteger.ZERO), verdicts.failed(Obligation.Kind.DIV, 2).get("b"));
    }

    @Test
    void aDivisionsOverflowAssumesItsOperandsFitSoAnOverflowingProductIsReportedOnce() {
        // (a * 2) / b on u8: the product overflows; the quotient of in-range operands never does.
        Verdicts verdicts = calc(U8, construct(1, "r", op(3, op(2, a(U8), MUL, num(2, U8), U8), DIV, b(U8), U8)));
        verdicts.failed(OVERFLOW, 2);
        verdicts.proven(OVERFLOW, 3);
    }

    @Test
    void aGuardedSubtractionAndAConstantDivisionFit() {
        Verdicts verdicts = calc(U32, when(test(a(U32), GT, b(U32)),
                construct(1, "r", op(2, a(U32), SUB, b(U32), U32)),
                construct(1, "r", op(3, a(U32), DIV, num(2, U32), U32))));
        verdicts.proven(OVERFLOW, 2);
        verdicts.proven(OVERFLOW, 3);
        verdicts.proven(Obligation.Kind.DIV, 3);
    }

    @Test
    void divisionByAPossiblyZeroInputFails() {
        calc(U32, construct(1, "r", op(2, a(U32), DIV, b(U32), U32))).failed(Obligation.Kind.DIV, 2);
        calc(U32, construct(1, "r", op(2, a(U32), REM, b(U32), U32))).failed(Obligation.Kind.DIV, 2);
    }

    @Test
    void divisionByAnInputCheckedNonZeroIsProven() {
        Verdicts verdicts = calc(U32, when(test(b(U32), NE, num(0, U32)),
                construct(1, "r", op(2, a(U32), DIV, b(U32), U32)), construct(1, "r", num(0, U32))));
        verdicts.proven(Obligation.Kind.DIV, 2);
        verdicts.proven(OVERFLOW, 2);
    }

    @Test
    void theRightOperandOfAndOrRunsOnlyWhenTheLeftLetsIt() {
        Expr guarded = test(test(b(U32), NE, num(0, U32)), AND, test(op(2, a(U32), DIV, b(U32), U32), GT, num(1, U32)));
        calc(U32, when(guarded, construct(1, "r", a(U32)), construct(1, "r", b(U32)))).proven(Obligation.Kind.DIV, 2);
        Expr wrong = test(test(b(U32), NE, num(0, U32)), OR, test(op(2, a(U32), DIV, b(U32), U32), GT, num(1, U32)));
        calc(U32, when(wrong, construct(1, "r", a(U32)), construct(1, "r", b(U32)))).failed(Obligation.Kind.DIV, 2);
    }

    @Test
    void divisionInAPreconditionIsAnObligationAtTheCallSite() {
        // ~event ratio { p: u32, q: u32 } where p / q > 0, called with q: 0 and with q: 3.
        Verdicts verdicts = Verdicts.of(program(List.of(), List.of(event("m:ratio", List.of(f("p", U32), f("q", U32)),
                Optional.of(test(op(5, var("p", U32), DIV, var("q", U32), U32), GT, num(0, U32))), HOST)),
                flow(call(1, "m:ratio", List.of(num(6, U32), num(0, U32))))));
        verdicts.failed(Obligation.Kind.DIV, 5);
        Verdicts.of(program(List.of(), List.of(event("m:ratio", List.of(f("p", U32), f("q", U32)),
                Optional.of(test(op(5, var("p", U32), DIV, var("q", U32), U32), GT, num(0, U32))), HOST)),
                flow(call(1, "m:ratio", List.of(num(6, U32), num(3, U32)))))).proven(Obligation.Kind.DIV, 5);
    }

    @Test
    void contractsAreOverUnboundedIntegers() {
        // where a + b > a: no overflow obligation inside a contract.
        Verdicts verdicts = Verdicts.of(program(List.of(), List.of(event("m:grow", List.of(f("a", U8), f("b", U8)),
                Optional.of(test(op(5, var("a", U8), ADD, var("b", U8), U8), GT, var("a", U8))), HOST)),
                flow(call(1, "m:grow", List.of(num(255, U8), num(1, U8))))));
        assertEquals(0, verdicts.count(OVERFLOW));
        verdicts.proven(Obligation.Kind.PRE, 1);
    }
}
