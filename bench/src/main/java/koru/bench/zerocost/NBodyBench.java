package koru.bench.zerocost;

import java.util.concurrent.TimeUnit;
import koru.app.Nbody;
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
 * 1000 steps of three bodies: the extracted label loop ({@code Advance.advance}, a {@code while}
 * over {@code Step.step}, whose kicks and drifts are calls returning branch records) against the
 * same arithmetic hand-written over records. The start is read from fields, so it is not a constant
 * the JIT could fold.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NBodyBench {
    private static final int STEPS = 1000;

    private final Nbody.Trio extractedStart = ThreeBodies.forExtracted();
    private final HandWrittenNBody.Trio handWrittenStart = ThreeBodies.forHandWritten();
    private double dt = ThreeBodies.DT;

    @Benchmark
    public Nbody.Trio extracted() {
        return switch (Nbody.Advance.advance(extractedStart, STEPS, dt)) {
            case Nbody.Advance.Advanced(var bodies) -> bodies;
        };
    }

    @Benchmark
    public HandWrittenNBody.Trio handWritten() {
        return HandWrittenNBody.advance(handWrittenStart, STEPS, dt);
    }
}
