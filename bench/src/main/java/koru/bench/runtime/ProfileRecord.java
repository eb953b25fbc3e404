package koru.bench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import koru.runtime.profile.TraceBuffer;
import koru.runtime.profile.TraceClock;
import koru.runtime.profile.TraceWriter;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the profiler costs the flow's thread per recorded transition (docs/profiler.md): the clock
 * read of {@code $std/taps}' {@code profile} proc plus {@link TraceBuffer#record}, with the real
 * {@link TraceWriter} draining into a file on another thread, against the same loop without the
 * record. A recorder that outruns its writer drops; the counters {@code records} and {@code dropped}
 * (totals per iteration) say how much of the measured time is the drop path rather than the hand-off.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProfileRecord {
    static final int TRANSITIONS = 1_000;

    private TraceBuffer buffer;
    private TraceWriter writer;
    private Path file;
    private long droppedBefore;

    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Drops {
        public long records;
        public long dropped;
    }

    @Setup(Level.Iteration)
    public void start() throws IOException {
        buffer = new TraceBuffer(1 << 16);
        file = Files.createTempFile("koru-profile-bench", ".json");
        writer = TraceWriter.start(buffer, file, TraceClock.now());
        droppedBefore = 0;
    }

    @TearDown(Level.Iteration)
    public void stop() throws IOException, InterruptedException {
        writer.close();
        Files.deleteIfExists(file);
    }

    @Benchmark
    @OperationsPerInvocation(TRANSITIONS)
    public long recorded(Drops drops) {
        long last = 0;
        for (int i = 0; i < TRANSITIONS; i++) {
            last = TraceClock.now();
            buffer.record("bench:step", "more", "bench:step", last);
        }
        long dropped = buffer.dropped();
        drops.records += TRANSITIONS;
        drops.dropped += dropped - droppedBefore;
        droppedBefore = dropped;
        return last;
    }

    /** The same loop with the clock read only: what the flow would do without the profiler's hand-off. */
    @Benchmark
    @OperationsPerInvocation(TRANSITIONS)
    public long clockOnly() {
        long sum = 0;
        for (int i = 0; i < TRANSITIONS; i++) {
            sum += TraceClock.now();
        }
        return sum;
    }
}
