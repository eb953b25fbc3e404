package koru.extract.variants;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What a run prints on standard output ({@code $std/io}'s {@code print}, or a proc's own
 * {@code System.out}): {@code System.out} points at a buffer for the length of the run, and back at
 * what it was after. There is one {@code System.out} per JVM, so runs that capture take turns; what
 * a task spawned onto another thread prints after its run has returned, and standard error, are not
 * captured.
 */
final class CapturedOutput {
    private static final ReentrantLock TURN = new ReentrantLock();

    private CapturedOutput() {
    }

    /** What {@code run} answered, and what it printed meanwhile. */
    record Printed<T>(T result, String output) {
    }

    static <T> Printed<T> during(Supplier<T> run) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        TURN.lock();
        PrintStream original = System.out;
        try {
            System.setOut(capture);
            T result = run.get();
            capture.flush();
            return new Printed<>(result, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
            TURN.unlock();
        }
    }
}
