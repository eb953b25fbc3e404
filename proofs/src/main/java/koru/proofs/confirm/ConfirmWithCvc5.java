package koru.proofs.confirm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import koru.proofs.certificate.Certificate;
import koru.smt.logic.Outcome;

/**
 * Not trusted, and it cannot prove anything: the second opinion (docs/certificates.md). Every
 * obligation Z3 proved is given, as its certificate's script made readable for cvc5
 * ({@link Cvc5Script}), to cvc5 under a deterministic resource limit. {@code unsat} confirms it,
 * {@code sat} means cvc5 has a model of the path's facts with the goal false, a disagreement;
 * anything else confirms nothing. Obligations that were not proven are not asked about: there is
 * no proof to doubt.
 */
public final class ConfirmWithCvc5 {
    /** cvc5's {@code --rlimit-per}: deterministic like Z3's rlimit (cvc5 counts its own steps), so a run repeats anywhere. */
    public static final long RESOURCE_LIMIT = 1_000_000;
    /** Only a backstop in case cvc5 hangs outside its counted steps; the resource limit is what normally stops it. */
    private static final long BACKSTOP_SECONDS = 120;

    private final Cvc5 cvc5;
    private final long resourceLimit;

    public ConfirmWithCvc5(Cvc5 cvc5) {
        this(cvc5, RESOURCE_LIMIT);
    }

    ConfirmWithCvc5(Cvc5 cvc5, long resourceLimit) {
        this.cvc5 = cvc5;
        this.resourceLimit = resourceLimit;
    }

    public Cvc5 cvc5() {
        return cvc5;
    }

    /** Whether {@code certificate} is asked about at all: only proven obligations are. */
    public static boolean isAsked(Certificate certificate) {
        return certificate.outcome() instanceof Outcome.Proven;
    }

    /** The second opinion on a proven obligation. */
    public Confirmation confirm(Certificate certificate, long z3ResourceLimit) {
        if (certificate.isHorn()) {
            return new Confirmation.NotConfirmed("a Horn problem (a loop with an inferred invariant): cvc5 has no Horn engine");
        }
        return onScript(Cvc5Script.of(certificate.script(z3ResourceLimit)));
    }

    /** The second opinion on a query's cvc5 script, whatever the first solver said: the test seam for a false "proven". */
    Confirmation onScript(String cvc5Script) {
        try {
            Process process = new ProcessBuilder(cvc5.executable().toString(), "--lang", "smt2", "--dump-models",
                    "--rlimit-per=" + resourceLimit)
                    .redirectError(ProcessBuilder.Redirect.DISCARD) // warnings only: answers and errors are on stdout
                    .start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process));
            try (OutputStream in = process.getOutputStream()) {
                in.write(cvc5Script.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(BACKSTOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Confirmation.NotConfirmed("cvc5 did not answer within " + BACKSTOP_SECONDS + " s");
            }
            return classify(output.get(10, TimeUnit.SECONDS).strip());
        } catch (IOException | ExecutionException | TimeoutException e) {
            return new Confirmation.NotConfirmed("cvc5 could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Confirmation.NotConfirmed("interrupted");
        }
    }

    /** cvc5's first line is its answer; after {@code sat}, {@code --dump-models} prints the model. */
    static Confirmation classify(String output) {
        String answer = output.lines().findFirst().orElse("").strip();
        return switch (answer) {
            case "unsat" -> new Confirmation.Confirmed();
            case "sat" -> new Confirmation.Disagrees(output.lines().skip(1).collect(Collectors.joining("\n")));
            case "unknown" -> new Confirmation.NotConfirmed("cvc5 answered unknown (its resource limit or an undecided theory)");
            default -> new Confirmation.NotConfirmed("cvc5 did not answer: " + (output.isEmpty() ? "no output" : output.lines().findFirst().orElse("")));
        };
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
