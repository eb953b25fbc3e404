package koru.bench.runtime;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Ping-pong latency: the benchmark thread sends one token through {@code ping}, an echo thread sends it
 * back through {@code pong}, both spinning. Sampled per batch of 100 round trips (so the timer's ~30 ns
 * is spread over them) and reported per round trip; read the median, since a descheduled spinner on this
 * 2-vCPU machine turns a few samples into milliseconds (shared/notes/runtime-anchors.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED"})
public class RoundTrip {
    private static final int ROUND_TRIPS = 100;
    private static final Object TOKEN = new Object();

    @Param({"KORU_RING", "JCTOOLS_MPMC", "AGRONA_M2O", "DISRUPTOR", "KORU_MAILBOX"})
    public Channel.Kind kind;

    private Channel ping;
    private Channel pong;
    private volatile boolean echoing;
    private Thread echo;

    @Setup(Level.Trial)
    public void startEcho() {
        ping = kind.create(1024, false);
        pong = kind.create(1024, false);
        echoing = true;
        echo = Thread.ofPlatform().name("echo").start(() -> {
            while (echoing) {
                Object token = ping.poll();
                if (token == null) {
                    Thread.onSpinWait();
                } else {
                    while (!pong.offer(token)) {
                        Thread.onSpinWait();
                    }
                }
            }
        });
    }

    @TearDown(Level.Trial)
    public void stopEcho() throws InterruptedException {
        echoing = false;
        echo.join();
    }

    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public Object roundTrip100() {
        Object back = null;
        for (int i = 0; i < ROUND_TRIPS; i++) {
            while (!ping.offer(TOKEN)) {
                Thread.onSpinWait();
            }
            while ((back = pong.poll()) == null) {
                Thread.onSpinWait();
            }
        }
        return back;
    }
}
