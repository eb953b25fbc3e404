package koru.bench.proptest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.lower.LowerToCoreIr;
import koru.extract.variants.LoadedProgram;
import koru.kernel.ir.Program;
import koru.proptest.crosscheck.CrossCheck;
import koru.proptest.crosscheck.CrossCheckResult;
import koru.proptest.load.FrontEndPartsOf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cross-check of {@code clamp} (../shared/examples/variants.kz) that issue 6 sets a goal for: the interpreter,
 * the extracted subflow and two Java procs on each generated input. One operation is one {@code check} of
 * {@link #tries} inputs (its 200 precondition probes included), so tries/s = ops/s × tries. The program is loaded
 * once, in setup: a warm {@code koru test} run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClampCrossCheck {
    /** A copy of ../shared/examples/variants.kz, which may be missing where this runs. */
    private static final String PROGRAM = "clamp.kz";

    @Param("10000")
    public int tries;

    private CrossCheck crossCheck;
    private long seed;

    @Setup
    public void load() {
        String text;
        try (InputStream in = ClampCrossCheck.class.getResourceAsStream(PROGRAM)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Elaboration elaboration = new Elaborator(Options.defaults()).elaborateText(PROGRAM, text);
        Program program = LowerToCoreIr.lower(elaboration).orElseThrow(() -> new IllegalStateException(elaboration.diagnostics().toString()));
        if (!(LoadedProgram.load(program, FrontEndPartsOf.of(elaboration)) instanceof LoadedProgram.Loading.Loaded loaded)) {
            throw new IllegalStateException(PROGRAM + " does not build");
        }
        crossCheck = CrossCheck.of(program, loaded.program());
    }

    @Benchmark
    public CrossCheckResult crossCheck() {
        // Each operation other inputs: the same seed would let the JIT see the same values every time.
        CrossCheckResult result = crossCheck.check("clamp:clamp", tries, seed++);
        if (!(result instanceof CrossCheckResult.Passed)) {
            throw new IllegalStateException(result.render());
        }
        return result;
    }
}
