package koru.elaborator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.check.CheckFlowBodies;
import koru.elaborator.check.CheckDeclarations;
import koru.elaborator.check.CheckLoopDischarges;
import koru.elaborator.check.CheckTaps;
import koru.elaborator.desugar.ApplyTaps;
import koru.elaborator.desugar.CheckTapSteps;
import koru.elaborator.desugar.InsertAutoDischarge;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.parse.ParseSource;
import koru.elaborator.resolve.LoadModules;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.SourceReader;
import koru.elaborator.types.ResolveTypes;
import koru.elaborator.types.TypeExpressions;
import koru.elaborator.types.Typing;

/**
 * The front end as one call: read the entry file, parse it, load what it imports, resolve names,
 * run every check of LANGUAGE.md Part C ({@code KORU0xx}) and desugar (auto-discharge, taps).
 * Each step is a pass class of its own; this class only orders them.
 */
public final class Elaborator {
    private final Options options;

    public Elaborator(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    /** Elaborates the program whose entry file is {@code entry}; I/O failures are the caller's to report. */
    public Elaboration elaborate(Path entry) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        return elaborate(LoadModules.fromFile(entry, options.flags(), diagnostics), diagnostics);
    }

    /** Elaborates a program given as text (tests, benchmarks, fuzzing); no imports are resolved from disk. */
    public Elaboration elaborateText(String displayPath, String text) {
        return elaborate(new SourceReader.Read(new SourceFile(displayPath, text), java.util.Optional.empty()));
    }

    /** Elaborates raw bytes, decoding them as strict UTF-8 first. */
    public Elaboration elaborateBytes(String displayPath, byte[] bytes) {
        return elaborate(SourceReader.decode(bytes, displayPath));
    }

    private Elaboration elaborate(SourceReader.Read read) {
        Diagnostics diagnostics = new Diagnostics();
        read.error().ifPresent(diagnostics::report);
        SourceUnit entryUnit = ParseSource.parse(read.file(), diagnostics);
        String moduleName = LoadModules.basenameOf(Path.of(read.file().displayPath()).getFileName().toString());
        return elaborate(LoadModules.fromUnit(moduleName, entryUnit, options.flags(), diagnostics), diagnostics);
    }

    private Elaboration elaborate(List<Module> modules, Diagnostics diagnostics) {
        Program program = Program.of(modules, diagnostics);

        // The checks only read the immutable program, so their three groups run in parallel, each
        // into its own sink; the findings are merged, and Diagnostics sorts them in reading order.
        // The types group also hands back its typing, which lowering to Core IR reads.
        List<Function<Diagnostics, Optional<Typing>>> checks = List.of(
                // Declarations (docs/language/modules.md), then flow bodies (docs/language/flows.md).
                sink -> {
                    CheckDeclarations.run(program, sink);
                    CheckFlowBodies.run(program, sink);
                    return Optional.empty();
                },
                // Types (LANGUAGE.md B1-B3): resolve declared types, then type every expression and argument.
                sink -> Optional.of(typed(program, sink)),
                // Obligations and taps (A7, A9), on the program as written.
                sink -> {
                    CheckTaps.check(program, sink);
                    CheckLoopDischarges.check(program, sink);
                    return Optional.empty();
                });
        List<Checked> results = checks.parallelStream()
                .map(check -> {
                    Diagnostics sink = new Diagnostics();
                    return new Checked(sink, check.apply(sink));
                })
                .toList();
        results.forEach(result -> result.sink().sorted().forEach(diagnostics::report));

        List<SourceUnit> units = program.modules().stream().flatMap(m -> m.units().stream()).toList();
        if (diagnostics.hasErrors()) {
            // Desugaring assumes a well-formed program; the user first fixes what was reported.
            return rejected(diagnostics, units);
        }
        ApplyTaps.Result tapped = ApplyTaps.apply(program);
        CheckTapSteps.check(program, tapped, diagnostics);
        if (diagnostics.hasErrors()) {
            return rejected(diagnostics, units);
        }
        InsertAutoDischarge.Result discharged = InsertAutoDischarge.run(tapped.program(), options.autoDischarge(), diagnostics);
        Program elaborated = discharged.program();
        // Desugaring builds new steps and expressions (inserted calls, renamed tap bindings), which the
        // typing of the program as written does not know: a desugared program is typed once more.
        Typing typing = elaborated == program
                ? results.stream().flatMap(result -> result.typing().stream()).findFirst().orElseThrow()
                : typed(elaborated, new Diagnostics());
        return new Elaboration(diagnostics.sorted(), units, Optional.of(elaborated), discharged.leaks(), Optional.of(typing));
    }

    /** The elaboration of a program with errors: the findings, and no program to lower. */
    private static Elaboration rejected(Diagnostics diagnostics, List<SourceUnit> units) {
        return new Elaboration(diagnostics.sorted(), units, Optional.empty(), List.of(), Optional.empty());
    }

    private static Typing typed(Program program, Diagnostics sink) {
        return TypeExpressions.type(program, ResolveTypes.resolve(program, sink), sink);
    }

    /** What one check group found, and the typing when it is the types group. */
    private record Checked(Diagnostics sink, Optional<Typing> typing) {
    }
}
