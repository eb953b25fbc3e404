package koru.runtime.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The profiler of a running Koru program, what {@code $std/profiler} calls for every transition.
 * It starts with the first transition: a {@link TraceBuffer} the flows record into and a
 * {@link TraceWriter} draining it to the trace file, which a shutdown hook finishes at exit (and
 * then says on stderr where it is). The file is {@value #DEFAULT_FILE} in the working directory,
 * or the path in the system property {@value #FILE_PROPERTY}, else in {@value #FILE_VARIABLE}.
 */
public final class Profiler {
    public static final String DEFAULT_FILE = "koru-profile.json";
    public static final String FILE_PROPERTY = "koru.profile";
    public static final String FILE_VARIABLE = "KORU_PROFILE";
    /* 65536 transitions (about 3 MiB of records) absorb bursts while the writer sleeps between drains. */
    private static final int BUFFER_CAPACITY = 1 << 16;

    private Profiler() {
    }

    /* Created on the first transition (the JVM initialises a holder class once, thread-safely), so a
       program that records nothing writes no file. */
    private static final class Running {
        static final TraceBuffer BUFFER = new TraceBuffer(BUFFER_CAPACITY);

        static {
            TraceWriter writer = TraceWriter.start(BUFFER, traceFile(), TraceClock.ORIGIN_NS);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> finish(writer), "koru-profile-finish"));
        }
    }

    /** Records that {@code source} returned {@code branch} towards {@code destination} at {@code atNs}, on this thread. */
    public static void record(String source, String branch, String destination, long atNs) {
        Running.BUFFER.record(source, branch, destination, atNs);
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

    private static void finish(TraceWriter writer) {
        try {
            writer.close();
            long dropped = Running.BUFFER.dropped();
            System.err.println("koru: profile of " + writer.written() + " transitions written to " + writer.file()
                    + (dropped == 0 ? "" : " (" + dropped + " dropped: the buffer was full)"));
        } catch (IOException e) {
            System.err.println("koru: cannot write the profile to " + writer.file() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("koru: the profile at " + writer.file() + " is incomplete: interrupted while finishing it");
        }
    }
}
