package koru.proofs.certificate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.kernel.ir.Origin;
import koru.kernel.obligations.Obligation;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import koru.smt.report.Replay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteCertificatesTest {
    private static final Term X = new Term.Var("x", Sort.INT);
    /** {@code x >= 0 => x + 1 > 0}: proven. */
    private static final Query POSITIVE = new Query("positive", List.of(Term.App.of(Op.GE, X, Term.integer(0))),
            Term.App.of(Op.GT, Term.App.of(Op.ADD, X, Term.integer(1)), Term.integer(0)));

    @TempDir
    Path dir;

    @Test
    void oneFilePerObligationNumberedPerModuleByKindAndLine() throws IOException {
        List<Path> written = WriteCertificates.to(dir.resolve("new/certs"), List.of(
                certificate(Obligation.Kind.OVERFLOW, "app/main.kz", 3, new Outcome.Proven()),
                certificate(Obligation.Kind.LOOP_INVARIANT, "app/main.kz", 3, new Outcome.Proven()),
                certificate(Obligation.Kind.PRE, "lib/util.kz", 9, new Outcome.Proven())), 1000, "Z3 test");

        assertEquals(List.of(dir.resolve("new/certs/app/main/001-overflow-L3.smt2"), dir.resolve("new/certs/app/main/002-loop-invariant-L3.smt2"),
                dir.resolve("new/certs/lib/util/001-pre-L9.smt2")), written);
        assertTrue(written.stream().allMatch(Files::isRegularFile));
    }

    @Test
    void everyFileStaysInsideTheDirectory() {
        assertAll(
                () -> assertEquals(Path.of("up/lib/x"), WriteCertificates.moduleDirectory("../lib/x.kz")),
                () -> assertEquals(Path.of("tmp/a/b"), WriteCertificates.moduleDirectory("/tmp/a/b.kz")),
                () -> assertEquals(Path.of("main"), WriteCertificates.moduleDirectory("main.kz")));
    }

    @Test
    void theHeaderSaysWhatTheObligationIsWhereAndWhatAnswerMeansProven() {
        String text = certificate(Obligation.Kind.POST, "m.kz", 4, new Outcome.Proven()).text(1234, "Z3 test");

        assertTrue(text.startsWith("""
                ; Koru/J certificate: one proof obligation as a standalone SMT-LIB 2 script
                ; obligation: the result is positive, across two lines
                ; kind: post
                ; source: m.kz:4:2-5:7
                ; problem: the path's facts and the negated goal
                ; meaning: unsat = proven, sat = the obligation fails, unknown = undecided
                ; Koru/J (Z3 test): proven
                ; re-run: z3 -smt2 FILE

                (set-option :rlimit 1234)
                """), text);
        assertTrue(text.contains("(assert (not (> (+ x 1) 0)))"), text);
        assertTrue(text.endsWith("(check-sat)\n"), text);
    }

    @Test
    void aHornProblemIsProvenBySat() {
        Horn.Predicate inv = new Horn.Predicate("inv", List.of(Sort.INT));
        Horn loop = new Horn("loop", List.of(inv), List.of(Horn.Rule.implies(List.of((Term.Var) X), Term.App.of(Op.EQ, X, Term.integer(0)), inv.apply(X))));
        Obligation obligation = new Obligation(Obligation.Kind.PRE, new Origin("m.kz", 0, 1), "in a loop", POSITIVE, Optional.of(loop), List.of());
        Certificate certificate = new Certificate(obligation, new SourceRange("m.kz", 1, 1, 1, 1),
                new Outcome.Failed(Map.of(), new Replay.Unconfirmed("the Horn solver names no values")));

        assertAll(
                () -> assertEquals("sat", certificate.provenAnswer()),
                () -> assertTrue(certificate.text(5, "Z3 test").contains("; meaning: sat = proven, unsat = the obligation fails"), certificate.text(5, "Z3 test")),
                () -> assertTrue(certificate.text(5, "Z3 test").contains("; Koru/J (Z3 test): failed\n")),
                () -> assertTrue(certificate.script(5).contains("(set-logic HORN)")));
    }

    @Test
    void anUnknownNamesItsReason() {
        assertEquals("unknown (canceled)", Certificate.outcomeName(new Outcome.Unknown("canceled")));
    }

    @Test
    void aDirectoryThatIsAFileCannotBeWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "not a directory");

        assertThrows(IOException.class, () -> WriteCertificates.to(file,
                List.of(certificate(Obligation.Kind.DIV, "m.kz", 1, new Outcome.Proven())), 1000, "Z3 test"));
    }

    private static Certificate certificate(Obligation.Kind kind, String file, int line, Outcome outcome) {
        Obligation obligation = new Obligation(kind, new Origin(file, 0, 1), "the result is positive,\nacross two lines", POSITIVE,
                Optional.empty(), List.of());
        return new Certificate(obligation, new SourceRange(file, line, 2, line + 1, 7), outcome);
    }
}
