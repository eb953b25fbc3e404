package koru.runtime.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The profiler of a running Koru program, what {@code $std/profiler} calls for every transition.
 * It starts with the first transition: a {@link TraceBuffer} the flows record into and a
 * {@link TraceWriter} draining it to the trace file, which a shutdown hook finishes at exit (and
 * then says on stderr where it is). The file is {@value #DEFAULT_FILE} in the working directory,
 * or the path in the system property {@value #FILE_PROPERTY}, else in {@value #FILE_VARIABLE}. When the
 * writer falls behind, a recording thread waits for room ({@link WhenFull#WAIT}) unless
 * {@value WhenFull#PROPERTY} (else {@value WhenFull#VARIABLE}) says {@code drop}.
 */
public final class Profiler {
    public static final String DEFAULT_FILE = "koru-profile.json";
    public static final String FILE_PROPERTY = "koru.profile";
    public static final String FILE_VARIABLE = "KORU_PROFILE";
    /* Transitions per recording thread: 8192 slots are about 230 KB (three references and two longs
       each), and at one transition per 25 ns still give a sleeping writer 100 us to wake up. */
    private static final int BUFFER_CAPACITY = 1 << 13;

    private Profiler() {
    }

    /* Created on the first transition (the JVM initialises a holder class once, thread-safely), so a
       program that records nothing writes no file. */
    private static final class Running {
        static final TraceBuffer BUFFER = new TraceBuffer(BUFFER_CAPACITY, whenFull());

        static {
            TraceWriter writer = TraceWriter.start(BUFFER, traceFile(), TraceClock.ORIGIN_NS);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> finish(writer), "koru-profile-finish"));
        }
    }

    /** Records that {@code source} returned {@code branch} towards {@code destination} at {@code atNs}, on this thread. */
    public static void record(String source, String branch, String destination, long atNs) {
        Running.BUFFER.record(source, branch, destination, atNs);
    }

    /** What the last line adds when the writer fell behind: how many transitions waited (and how long), or were dropped. */
    static String whenFullNote(TraceBuffer buffer) {
        List<String> notes = new ArrayList<>();
        if (buffer.waits() > 0) {
            notes.add(buffer.waits() + " waited " + TimeUnit.NANOSECONDS.toMillis(buffer.waitedNs()) + " ms in all for the writer");
        }
        if (buffer.dropped() > 0) {
            notes.add(buffer.dropped() + " dropped: the buffer was full");
        }
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }

    /** Where the trace goes: the system property, else the environment variable, else the default file here. */
    static Path traceFile() {
        return Optional.ofNullable(System.getProperty(FILE_PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(FILE_VARIABLE)))
                .filter(path -> !path.isBlank())
                .map(Path::of)
                .orElse(Path.of(DEFAULT_FILE))
                .toAbsolutePath();
    }

    /** The policy the system property, else the environment variable, names; {@link WhenFull#WAIT} when neither does. */
    static WhenFull whenFull() {
        String property = System.getProperty(WhenFull.PROPERTY);
        String named = property != null ? property : System.getenv(WhenFull.VARIABLE);
        if (named == null || named.isBlank()) {
            return WhenFull.WAIT;
        }
        return WhenFull.named(named).orElseGet(() -> {
            String source = property != null ? "-D" + WhenFull.PROPERTY : WhenFull.VARIABLE;
            System.err.println("koru: " + source + "=" + named + " is neither wait nor drop; the profiler waits for room");
            return WhenFull.WAIT;
        });
    }

    private static void finish(TraceWriter writer) {
        try {
            writer.close();
            System.err.println("koru: profile of " + writer.written() + " transitions written to " + writer.file()
                    + whenFullNote(Running.BUFFER));
        } catch (IOException e) {
            System.err.println("koru: cannot write the profile to " + writer.file() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("koru: the profile at " + writer.file() + " is incomplete: interrupted while finishing it");
        }
    }
}
