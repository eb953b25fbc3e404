package koru.runtime.profile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The background half of the profiler: a daemon thread that drains every thread's trace of a
 * {@link TraceBuffer} into a Chrome trace-event file, so that the flows never wait on I/O. It formats
 * straight into bytes ({@link TraceBytes}) and writes them in large blocks. {@link #close} lets it
 * take what is left, writes the trailer (with the counts of dropped and waiting transitions) and
 * closes the file; the trace is valid JSON only once closed.
 */
public final class TraceWriter implements AutoCloseable {
    /* The longest the writer sleeps with nothing to take. A recorder wakes it each time it fills half
       of its trace, so this bounds only how stale the file is, not whether the writer keeps up. */
    private static final long IDLE_PARK_NS = TimeUnit.MILLISECONDS.toNanos(1);
    /* Transitions taken from one thread's trace before the writer frees their slots and moves on. */
    private static final int BATCH = 1024;
    /* Bytes formatted before they go to the file in one write. */
    private static final int BLOCK = 1 << 20;

    private final TraceBuffer buffer;
    private final Path file;
    private final ChromeTraceFormat format;
    private final TraceBytes bytes = new TraceBytes(BLOCK + (1 << 16));
    private final Thread thread;
    private volatile boolean closing;
    private long written;
    private IOException failure;

    private TraceWriter(TraceBuffer buffer, Path file, long originNs) {
        this.buffer = buffer;
        this.file = file;
        this.format = new ChromeTraceFormat(originNs, ProcessHandle.current().pid());
        this.thread = Thread.ofPlatform().name("koru-profile-writer").daemon().unstarted(this::drainUntilClosed);
    }

    /** Starts writing {@code buffer} to {@code file}, times counted from {@code originNs}. */
    public static TraceWriter start(TraceBuffer buffer, Path file, long originNs) {
        TraceWriter writer = new TraceWriter(buffer, file, originNs);
        buffer.drainedBy(writer.thread);
        writer.thread.start();
        return writer;
    }

    private void drainUntilClosed() {
        try (OutputStream out = Files.newOutputStream(file)) {
            format.opening(bytes, "koru program");
            for (boolean last = false; !last; ) {
                last = closing; // read before draining: whatever was recorded before close() is taken below
                if (drainAll(out) == 0 && !last) {
                    LockSupport.parkNanos(IDLE_PARK_NS);
                }
            }
            buffer.drainedBy(null); // no recorder waits for room from now on
            drainAll(out); // what a recorder put in while it still waited
            format.closing(bytes, otherData());
            bytes.drainTo(out);
        } catch (IOException e) {
            failure = e;
        } finally {
            buffer.drainedBy(null);
        }
    }

    /* One pass over every thread's trace, each emptied a batch at a time; says how many it took. */
    private long drainAll(OutputStream out) throws IOException {
        long taken = 0;
        for (ThreadTrace trace : buffer.traces()) {
            boolean ended = !trace.thread.isAlive(); // before draining: an ended thread published all it will
            if (!trace.named && trace.hasPending()) {
                format.threadName(bytes, trace.thread.threadId(), trace.thread.getName()); // before its first event
                trace.named = true;
            }
            for (int batch = BATCH; batch == BATCH; ) {
                batch = trace.drainInto(bytes, format, BATCH);
                taken += batch;
                if (bytes.size() >= BLOCK) {
                    bytes.drainTo(out);
                }
            }
            if (ended) {
                buffer.forget(trace);
            }
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
        data.put("whenFull", buffer.whenFull().lowerCaseName());
        data.put("waits", Long.toString(buffer.waits()));
        data.put("waitedNs", Long.toString(buffer.waitedNs()));
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
