package koru.smt.z3;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import koru.smt.report.SolverUnavailableException;
import org.junit.jupiter.api.Test;

/** A Z3 that cannot load is one clear error at the factory, not a linkage error deep in a proof. */
class SolverUnavailableTest {
    @Test
    void aMissingNativeLibraryIsNamedWithWhatKoruNeeds() {
        UnsatisfiedLinkError missing = new UnsatisfiedLinkError("no libz3java in java.library.path");
        SolverUnavailableException e = assertThrows(SolverUnavailableException.class,
                () -> Z3Solver.open(1000, () -> { throw missing; }));
        assertSame(missing, e.getCause());
        assertTrue(e.getMessage().startsWith("the Z3 native library could not be loaded: UnsatisfiedLinkError: no libz3java"), e.getMessage());
        assertTrue(e.getMessage().contains("Koru/J needs"), e.getMessage());
    }

    @Test
    void aFailingStaticInitialiserIsReportedByItsRootCause() {
        ExceptionInInitializerError broken = new ExceptionInInitializerError(new IllegalStateException("unsupported platform: sparc"));
        SolverUnavailableException e = assertThrows(SolverUnavailableException.class,
                () -> Z3Solver.open(1000, () -> { throw broken; }));
        assertTrue(e.getMessage().contains("IllegalStateException: unsupported platform: sparc"), e.getMessage());
    }
}
