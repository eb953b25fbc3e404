package koru.runtime.profile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The background half of the profiler: a daemon thread that drains a {@link TraceBuffer} into a
 * Chrome trace-event file, so that the flows never wait on I/O. {@link #close} lets it take what is
 * left, writes the trailer (with the count of dropped transitions) and closes the file; the trace
 * is valid JSON only once closed.
 */
public final class TraceWriter implements AutoCloseable {
    /* How long the writer sleeps when the buffer is empty: short enough that a 65536-slot buffer
       filling at one transition per 100 ns is drained in time, long enough not to take a core of two. */
    private static final long IDLE_PARK_NS = TimeUnit.MICROSECONDS.toNanos(200);

    private final TraceBuffer buffer;
    private final Path file;
    private final long originNs;
    private final long pid = ProcessHandle.current().pid();
    private final Set<Long> namedThreads = new HashSet<>();
    private final Thread thread;
    private volatile boolean closing;
    private long written;
    private IOException failure;

    private TraceWriter(TraceBuffer buffer, Path file, long originNs) {
        this.buffer = buffer;
        this.file = file;
        this.originNs = originNs;
        this.thread = Thread.ofPlatform().name("koru-profile-writer").daemon().unstarted(this::drainUntilClosed);
    }

    /** Starts writing {@code buffer} to {@code file}, times counted from {@code originNs}. */
    public static TraceWriter start(TraceBuffer buffer, Path file, long originNs) {
        TraceWriter writer = new TraceWriter(buffer, file, originNs);
        writer.thread.start();
        return writer;
    }

    private void drainUntilClosed() {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(ChromeTraceFormat.OPENING);
            out.write(ChromeTraceFormat.processName("koru program", pid));
            for (boolean last = false; !last; ) {
                last = closing; // read before draining: whatever was recorded before close() is taken below
                if (drain(out) == 0 && !last) {
                    LockSupport.parkNanos(IDLE_PARK_NS);
                }
            }
            out.write(ChromeTraceFormat.closing(otherData()));
        } catch (IOException e) {
            failure = e;
        }
    }

    private int drain(Writer out) throws IOException {
        int taken = 0;
        for (Transition transition = buffer.poll(); transition != null; transition = buffer.poll()) {
            if (namedThreads.add(transition.thread().threadId())) {
                out.write(",\n");
                out.write(ChromeTraceFormat.threadName(transition.thread(), pid));
            }
            out.write(",\n");
            out.write(ChromeTraceFormat.event(transition, originNs, pid));
            taken++;
        }
        written += taken;
        return taken;
    }

    private Map<String, String> otherData() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("generator", "koru profiler (docs/profiler.md)");
        data.put("transitions", Long.toString(written));
        data.put("dropped", Long.toString(buffer.dropped()));
        data.put("bufferCapacity", Integer.toString(buffer.capacity()));
        data.put("clock", "System.nanoTime(); ts in microseconds since the program's first profile timestamp");
        data.put("durations", "an X event spans from the end of its thread's previous record to this transition; a thread's first is an i event");
        return data;
    }

    /** Takes every transition recorded before this call, finishes the file and closes it; waits for the writer. */
    @Override
    public void close() throws IOException, InterruptedException {
        closing = true;
        LockSupport.unpark(thread);
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }

    /** How many transitions are in the file; final once {@link #close} has returned. */
    public long written() {
        return written;
    }

    public Path file() {
        return file;
    }
}
