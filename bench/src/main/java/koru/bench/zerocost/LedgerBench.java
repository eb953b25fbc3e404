package koru.bench.zerocost;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10^6 transfers of the extracted ledger against the same schedule hand-written twice: over the
 * same kind of persistent map (the cost of extraction) and over a mutable {@code HashMap} (the cost
 * of Koru's value semantics as well). One operation is the whole run; the outcome is returned, so
 * JMH's blackhole consumes it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LedgerBench {
    private static final int TRANSFERS = 1_000_000;

    @Benchmark
    public LedgerOutcome extracted() {
        return ExtractedLedger.run(TRANSFERS);
    }

    @Benchmark
    public LedgerOutcome handWrittenPersistent() {
        return PersistentLedger.run(TRANSFERS);
    }

    @Benchmark
    public LedgerOutcome handWrittenMutable() {
        return MutableLedger.run(TRANSFERS);
    }
}
