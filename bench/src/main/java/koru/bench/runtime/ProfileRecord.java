package koru.bench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import koru.runtime.profile.TraceBuffer;
import koru.runtime.profile.TraceClock;
import koru.runtime.profile.TraceWriter;
import koru.runtime.profile.WhenFull;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the profiler costs the flow's thread per recorded transition (docs/profiler.md): the clock
 * read of {@code $std/taps}' {@code profile} proc plus {@link TraceBuffer#record}, with the real
 * {@link TraceWriter} draining into a file on another thread, against the same loop without the
 * record. The recorder runs back to back, faster than any writer, so {@code whenFull} decides what
 * the measured time is: with {@code WAIT} it is the writer's pace (nothing is lost), with {@code DROP}
 * the recorder's own cost, most records taking the drop path. The counters {@code records},
 * {@code dropped} and {@code waits} (totals per iteration) say which.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProfileRecord {
    static final int TRANSITIONS = 1_000;
    /* As koru.runtime.profile.Profiler's, per recording thread. */
    static final int CAPACITY = 1 << 13;

    @Param({"WAIT", "DROP"})
    public WhenFull whenFull;

    private TraceBuffer buffer;
    private TraceWriter writer;
    private Path file;
    private long droppedBefore;
    private long waitsBefore;

    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Losses {
        public long records;
        public long dropped;
        public long waits;
    }

    @Setup(Level.Iteration)
    public void start() throws IOException {
        buffer = new TraceBuffer(CAPACITY, whenFull);
        file = Files.createTempFile("koru-profile-bench", ".json");
        writer = TraceWriter.start(buffer, file, TraceClock.now());
        droppedBefore = 0;
        waitsBefore = 0;
    }

    @TearDown(Level.Iteration)
    public void stop() throws IOException, InterruptedException {
        writer.close();
        Files.deleteIfExists(file);
    }

    @Benchmark
    @OperationsPerInvocation(TRANSITIONS)
    public long recorded(Losses losses) {
        long last = 0;
        for (int i = 0; i < TRANSITIONS; i++) {
            last = TraceClock.now();
            buffer.record("bench:step", "more", "bench:step", last);
        }
        long dropped = buffer.dropped();
        long waits = buffer.waits();
        losses.records += TRANSITIONS;
        losses.dropped += dropped - droppedBefore;
        losses.waits += waits - waitsBefore;
        droppedBefore = dropped;
        waitsBefore = waits;
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
