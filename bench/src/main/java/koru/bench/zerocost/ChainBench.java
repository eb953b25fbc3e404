package koru.bench.zerocost;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The five-deep continuation chain over the inputs 0 .. 99,999 (every branch and guard of the five
 * events is taken), the extracted {@code Classify.classify} against the hand-written method. One
 * operation sums the scores of all inputs; the input count is a field, so the loop is not folded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ChainBench {
    private long inputs = 100_000;

    @Benchmark
    public long extracted() {
        long sum = 0;
        for (long x = 0; x < inputs; x++) {
            sum += ExtractedChain.classify(x);
        }
        return sum;
    }

    @Benchmark
    public long handWritten() {
        long sum = 0;
        for (long x = 0; x < inputs; x++) {
            sum += HandWrittenChain.classify(x);
        }
        return sum;
    }
}
