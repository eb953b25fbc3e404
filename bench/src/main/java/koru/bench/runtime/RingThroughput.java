package koru.bench.runtime;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Streaming throughput: producer threads offer, consumer threads poll, all spinning, through a
 * structure of 1024 slots. The figure to read is {@code taken}: messages moved per microsecond, counted
 * by the consumers. One producer and one consumer by default; {@code -tg 2,2} for two of each (only for
 * kinds whose {@link Channel.Kind#manyConsumers()} holds).
 *
 * <p>{@code probeNs} is the {@link PlacementProbe} taken by the first producer and the first consumer
 * just before each iteration, on those two threads: the round trip that says where the host placed
 * them. Read {@code taken} only against iterations of the same placement
 * ({@code bench/scripts/placement.py} sorts a JSON result by it).
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED"})
public class RingThroughput {
    private static final Object MESSAGE = new Object(); // one element reused, so the pump allocates nothing

    @Param({"KORU_RING", "JCTOOLS_MPMC", "AGRONA_M2O", "DISRUPTOR", "KORU_MAILBOX"})
    public Channel.Kind kind;

    private Channel channel;
    private final PlacementProbe probe = new PlacementProbe();

    @Setup(Level.Trial)
    public void create(BenchmarkParams params) {
        int[] threads = params.getThreadGroups(); // {producers, consumers}, in the order of the methods' names
        if (threads[1] > 1 && !kind.manyConsumers()) {
            throw new IllegalArgumentException(kind + " has a single consumer; run it with -tg N,1");
        }
        channel = kind.create(1024, threads[0] > 1);
    }

    /** Messages each consumer took: JMH adds them up as operations per time unit. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Taken {
        public long taken;
    }

    /**
     * A thread's part in the placement probe: before each iteration the first producer echoes it and
     * the first consumer measures it; other threads have none and report 0. JMH zeroes the counters
     * after the iteration's setup, so {@link #poll} copies the probe in (one store to a thread's own
     * state per poll, the same for every kind).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Placement {
        private enum Role { ECHO, MEASURE, NONE }

        public double probeNs;
        private double measured;
        private Role role;

        @Setup(Level.Trial)
        public void assignRole(ThreadParams thread) {
            boolean first = thread.getSubgroupThreadIndex() == 0;
            boolean producer = thread.getSubgroupIndex() == 0; // offer before poll, in the order of the names
            role = !first ? Role.NONE : producer ? Role.ECHO : Role.MEASURE;
        }

        @Setup(Level.Iteration)
        public void takeProbe(RingThroughput benchmark) {
            switch (role) {
                case ECHO -> benchmark.probe.echo();
                case MEASURE -> measured = benchmark.probe.measure();
                case NONE -> { }
            }
        }
    }

    @Benchmark
    @Group("transfer")
    public boolean offer(Placement placement) {
        return channel.offer(MESSAGE);
    }

    @Benchmark
    @Group("transfer")
    public void poll(Taken counter, Placement placement) {
        placement.probeNs = placement.measured;
        if (channel.poll() != null) {
            counter.taken++;
        }
    }
}
