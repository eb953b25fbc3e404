package koru.elaborator.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.diag.Diagnostic;

/**
 * Runs the front end the way a user's {@code koru check} does, but on a thread with an ordinary
 * 1 MB stack (the tests' own threads get a larger one) and a deadline, and checks that what comes
 * back is a list of well-formed diagnostics: a code, a span inside the file, a message.
 */
final class Elaborate {
    /** The default thread stack size of a 64-bit HotSpot JVM; the CLI does not raise it. */
    private static final long STACK_BYTES = 1L << 20;

    private Elaborate() {
    }

    static Elaboration bytes(byte[] source, Duration deadline, String context) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                outcome.set(new Elaborator(Options.defaults()).elaborateBytes("fuzz.kz", source));
            } catch (Throwable thrown) {
                outcome.set(thrown);
            }
        }, "elaborate", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        if (worker.isAlive()) {
            fail("elaboration took longer than " + deadline + " on " + context);
        }
        if (outcome.get() instanceof Throwable thrown) {
            throw new AssertionError("elaboration threw on " + context, thrown);
        }
        Elaboration elaboration = (Elaboration) outcome.get();
        elaboration.diagnostics().forEach(d -> assertWellFormed(d, context));
        return elaboration;
    }

    static Elaboration text(String source, Duration deadline, String context) {
        return bytes(source.getBytes(StandardCharsets.UTF_8), deadline, context);
    }

    static void assertWellFormed(Diagnostic diagnostic, String context) {
        assertNotNull(diagnostic.code(), "diagnostic without code on " + context);
        assertNotNull(diagnostic.message(), "diagnostic without message on " + context);
        assertFalse(diagnostic.message().isBlank(), diagnostic.code() + " with an empty message on " + context);
        int length = diagnostic.span().file().text().length();
        assertTrue(0 <= diagnostic.span().start() && diagnostic.span().end() <= length,
                diagnostic.code() + " span " + diagnostic.span().start() + ".." + diagnostic.span().end()
                        + " outside a file of " + length + " characters on " + context);
    }
}
