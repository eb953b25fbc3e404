package koru.smt.z3;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Z3Exception;
import org.junit.jupiter.api.Test;

/**
 * Why {@code koru.smt.logic.Sorting} is trusted and not left to Z3 (docs/TRUST.md, "Size"): Z3's Java API
 * refuses some ill-sorted applications but builds others without a word. If a Z3 release began to refuse
 * these too, the sort checks would still be needed for the ones it accepted before; this test says which.
 */
class Z3SortChecksTest {
    @Test
    void z3BuildsEqualityDistinctAndIteOverTwoSortsWithoutComplaint() {
        Z3Solver.open().close(); // loads Z3's native library
        try (Context z3 = new Context()) {
            Expr<?> number = z3.mkIntConst("n");
            BoolExpr flag = z3.mkBoolConst("b");
            assertDoesNotThrow(() -> z3.mkEq(number, flag));
            assertDoesNotThrow(() -> z3.mkDistinct(number, flag));
            assertDoesNotThrow(() -> z3.mkITE(flag, number, flag));
            // Arrays it does check: a Bool key into an Int-keyed map is refused.
            ArrayExpr<?, ?> map = z3.mkArrayConst("m", z3.getIntSort(), z3.getIntSort());
            assertThrows(Z3Exception.class, () -> z3.mkSelect((ArrayExpr) map, flag));
        }
    }
}
