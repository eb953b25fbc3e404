package koru.bench;

import java.util.concurrent.TimeUnit;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.parse.ParseSource;
import koru.elaborator.source.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Front-end throughput on a generated program: full elaboration ({@code koru check} without I/O)
 * and parsing alone. One operation is the whole program, so lines/s = ops/s × {@link #lines}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FrontEndThroughput {
    @Param("50000")
    public int lines;

    private String text;
    private Elaborator elaborator;

    @Setup
    public void generate() {
        text = ProgramOfLines.of(lines, 2025L);
        elaborator = new Elaborator(Options.defaults());
        Elaboration check = elaborator.elaborateText("bench.kz", text);
        if (check.hasErrors()) {
            throw new IllegalStateException("the generated program has errors: " + check.diagnostics().get(0));
        }
    }

    @Benchmark
    public Elaboration elaborate() {
        return elaborator.elaborateText("bench.kz", text);
    }

    @Benchmark
    public SourceUnit parseOnly() {
        return ParseSource.parse(new SourceFile("bench.kz", text), new Diagnostics());
    }
}
