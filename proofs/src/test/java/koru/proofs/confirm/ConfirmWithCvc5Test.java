package koru.proofs.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import koru.kernel.ir.Origin;
import koru.kernel.obligations.Obligation;
import koru.proofs.certificate.Certificate;
import koru.proofs.certificate.SourceRange;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second opinion with the real cvc5 (Debian's cvc5 1.0.3): required under CI, skipped elsewhere when it is missing. */
class ConfirmWithCvc5Test {
    private static final Term X = new Term.Var("x", Sort.INT);

    @TempDir
    Path dir;

    @Test
    void aTrueQueryIsConfirmed() {
        Confirmation answer = new ConfirmWithCvc5(cvc5()).confirm(proven(implies(Op.GE, 0, Op.GT, -1)), 1000);

        assertEquals(new Confirmation.Confirmed(), answer);
    }

    /** A query "proven" that is not: {@code x > 0 => x > 1} fails at x = 1, and cvc5 must say so with that model. */
    @Test
    void aFalseProofIsADisagreementWithCvc5sModel() {
        Confirmation answer = new ConfirmWithCvc5(cvc5()).confirm(proven(implies(Op.GT, 0, Op.GT, 1)), 1000);

        Confirmation.Disagrees disagrees = assertInstanceOf(Confirmation.Disagrees.class, answer);
        assertTrue(disagrees.model().contains("(define-fun x () Int 1)"), disagrees.model());
    }

    @Test
    void aResourceLimitReachedConfirmsNothing() {
        Confirmation answer = new ConfirmWithCvc5(cvc5(), 1).confirm(proven(implies(Op.GE, 0, Op.GT, -1)), 1000);

        assertInstanceOf(Confirmation.NotConfirmed.class, answer);
    }

    @Test
    void aHornProblemIsNotConfirmable() {
        Horn.Predicate inv = new Horn.Predicate("inv", List.of(Sort.INT));
        Horn loop = new Horn("loop", List.of(inv), List.of(Horn.Rule.implies(List.of((Term.Var) X), Term.App.of(Op.EQ, X, Term.integer(0)), inv.apply(X))));
        Obligation obligation = new Obligation(Obligation.Kind.PRE, new Origin("m.kz", 0, 1), "in a loop", implies(Op.GE, 0, Op.GT, -1),
                Optional.of(loop), List.of());
        Certificate certificate = new Certificate(obligation, new SourceRange("m.kz", 1, 1, 1, 1), new Outcome.Proven());

        Confirmation answer = new ConfirmWithCvc5(new Cvc5(Path.of("/no/cvc5"), "0")).confirm(certificate, 1000);

        assertEquals(new Confirmation.NotConfirmed("a Horn problem (a loop with an inferred invariant): cvc5 has no Horn engine"), answer);
    }

    @Test
    void aScriptCvc5CannotReadConfirmsNothingAndSaysWhy() {
        Confirmation answer = new ConfirmWithCvc5(cvc5()).onScript("(assert (= y 1))\n(check-sat)\n");

        Confirmation.NotConfirmed not = assertInstanceOf(Confirmation.NotConfirmed.class, answer);
        assertTrue(not.reason().startsWith("cvc5 did not answer: (error"), not.reason());
    }

    @Test
    void onlyProvenObligationsAreAsked() {
        assertTrue(ConfirmWithCvc5.isAsked(proven(implies(Op.GE, 0, Op.GT, -1))));
        Certificate unknown = new Certificate(proven(implies(Op.GE, 0, Op.GT, -1)).obligation(), new SourceRange("m.kz", 1, 1, 1, 1),
                new Outcome.Unknown("canceled"));
        assertTrue(!ConfirmWithCvc5.isAsked(unknown));
    }

    @Test
    void anotherSolverIsRefusedWithHowToInstallCvc5() {
        Cvc5.MissingException e = assertThrows(Cvc5.MissingException.class, () -> Cvc5.named("yices", "/usr/bin"));

        assertEquals("--confirm knows only cvc5, not `yices`; " + Cvc5.HOW_TO_INSTALL, e.getMessage());
    }

    @Test
    void cvc5MissingFromPathIsOneLineSayingHowToInstallIt() {
        Cvc5.MissingException e = assertThrows(Cvc5.MissingException.class, () -> Cvc5.named("cvc5", dir + ":/no/such/dir"));

        assertEquals("cvc5 is not on PATH; install it (Debian, Ubuntu: `sudo apt-get install cvc5`; others: https://cvc5.github.io/downloads.html)",
                e.getMessage());
    }

    @Test
    void anExecutableThatIsNotCvc5IsRefused() throws IOException {
        Path impostor = Files.writeString(dir.resolve("cvc5"), "#!/bin/sh\necho 'z3 4.8.12'\n");
        Files.setPosixFilePermissions(impostor, PosixFilePermissions.fromString("rwx------"));

        Cvc5.MissingException e = assertThrows(Cvc5.MissingException.class, () -> Cvc5.named(impostor.toString(), ""));

        assertTrue(e.getMessage().startsWith(impostor + " --version does not name a cvc5 version"), e.getMessage());
    }

    @Test
    void theVersionIsCvc5sOwn() {
        assertTrue(cvc5().version().matches("\\d+\\.\\d+\\.\\d+.*"), cvc5().version());
    }

    /** The cvc5 on PATH; under CI (env CI set) its absence fails the test, elsewhere it skips it. */
    static Cvc5 cvc5() {
        try {
            return Cvc5.named("cvc5", System.getenv().getOrDefault("PATH", ""));
        } catch (Cvc5.MissingException e) {
            if (System.getenv("CI") != null) {
                fail("CI must have cvc5 (.ci/run installs it): " + e.getMessage());
            }
            assumeTrue(false, "no cvc5 here, so the second opinion is not tested: " + e.getMessage());
            throw new AssertionError(e);
        }
    }

    /** A proven certificate of {@code x OP1 a => x OP2 b}. */
    private static Certificate proven(Query query) {
        Obligation obligation = new Obligation(Obligation.Kind.POST, new Origin("m.kz", 0, 1), "x is large", query, Optional.empty(), List.of());
        return new Certificate(obligation, new SourceRange("m.kz", 1, 1, 1, 1), new Outcome.Proven());
    }

    private static Query implies(Op assumed, long a, Op goal, long b) {
        return new Query("q", List.of(Term.App.of(assumed, X, Term.integer(a))), Term.App.of(goal, X, Term.integer(b)));
    }
}
