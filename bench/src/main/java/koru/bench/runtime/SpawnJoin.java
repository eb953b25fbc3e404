package koru.bench.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import koru.runtime.scheduler.Scheduler;
import koru.runtime.scheduler.Task;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a spawn and its join cost, per task: Koru's {@link Scheduler} against {@link ForkJoinPool}
 * (fork and join inside a worker) and a virtual-thread-per-task executor (submit and get; there is no
 * "inside" for it). Both pools have {@link #parallelism} workers, 2 by default. The trivial task
 * answers a number, which is summed so that nothing is dead code.
 *
 * <p>{@code single}: spawn one task and join it at once, {@link #SINGLES} times. {@code batch}: spawn
 * {@link #BATCH} tasks, then join them newest first (the idiom that lets a worker run them inline),
 * {@link #BATCHES} times. The pool benchmarks run all of an invocation inside one outer task, so the
 * outer submit and wake-up (tens of us) are spread over tens of thousands of tasks. SampleTime, so
 * the median resists a descheduled sample on a shared machine (shared/notes/runtime-anchors.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SpawnJoin {
    static final int SINGLES = 20_000;
    static final int BATCH = 1_000;
    static final int BATCHES = 20;
    static final int VIRTUAL_SINGLES = 100;

    /** Workers in each pool; 1 isolates the spawn and join path from stealing and wake-ups. */
    @Param({"2"})
    public int parallelism;

    private Scheduler scheduler;
    private ForkJoinPool forkJoinPool;
    private ExecutorService virtualThreads;

    @Setup
    public void start() {
        scheduler = new Scheduler(parallelism);
        forkJoinPool = new ForkJoinPool(parallelism);
        virtualThreads = Executors.newVirtualThreadPerTaskExecutor();
    }

    @TearDown
    public void stop() throws InterruptedException {
        scheduler.close();
        forkJoinPool.close();
        virtualThreads.close();
    }

    @Benchmark
    @OperationsPerInvocation(SINGLES)
    public long koruSingle() {
        return scheduler.spawn(() -> {
            long sum = 0;
            for (int i = 0; i < SINGLES; i++) {
                int value = i;
                sum += scheduler.spawn(() -> value).join();
            }
            return sum;
        }).join();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH * BATCHES)
    public long koruBatch() {
        return scheduler.spawn(() -> {
            long sum = 0;
            List<Task<Integer>> tasks = new ArrayList<>(BATCH);
            for (int round = 0; round < BATCHES; round++) {
                tasks.clear();
                for (int i = 0; i < BATCH; i++) {
                    int value = i;
                    tasks.add(scheduler.spawn(() -> value));
                }
                for (int i = BATCH - 1; i >= 0; i--) {
                    sum += tasks.get(i).join();
                }
            }
            return sum;
        }).join();
    }

    @Benchmark
    @OperationsPerInvocation(SINGLES)
    public long forkJoinSingle() {
        return forkJoinPool.submit(() -> {
            long sum = 0;
            for (int i = 0; i < SINGLES; i++) {
                int value = i;
                sum += ForkJoinTask.adapt(() -> value).fork().join();
            }
            return sum;
        }).join();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH * BATCHES)
    public long forkJoinBatch() {
        return forkJoinPool.submit(() -> {
            long sum = 0;
            List<ForkJoinTask<Integer>> tasks = new ArrayList<>(BATCH);
            for (int round = 0; round < BATCHES; round++) {
                tasks.clear();
                for (int i = 0; i < BATCH; i++) {
                    int value = i;
                    tasks.add(ForkJoinTask.adapt(() -> value).fork());
                }
                for (int i = BATCH - 1; i >= 0; i--) {
                    sum += tasks.get(i).join();
                }
            }
            return sum;
        }).join();
    }

    @Benchmark
    @OperationsPerInvocation(VIRTUAL_SINGLES)
    public long virtualSingle() throws InterruptedException, ExecutionException {
        long sum = 0;
        for (int i = 0; i < VIRTUAL_SINGLES; i++) {
            int value = i;
            sum += virtualThreads.submit(() -> value).get();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long virtualBatch() throws InterruptedException, ExecutionException {
        long sum = 0;
        List<Future<Integer>> futures = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            int value = i;
            futures.add(virtualThreads.submit(() -> value));
        }
        for (int i = BATCH - 1; i >= 0; i--) {
            sum += futures.get(i).get();
        }
        return sum;
    }
}
