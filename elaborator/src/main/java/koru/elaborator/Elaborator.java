package koru.elaborator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.check.CheckLoopDischarges;
import koru.elaborator.check.CheckTaps;
import koru.elaborator.desugar.ApplyTaps;
import koru.elaborator.desugar.InsertAutoDischarge;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.parse.ParseSource;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.resolve.StandardLibrary;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.SourceReader;

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
        SourceReader.Read read = SourceReader.read(entry, displayPathOf(entry));
        return elaborate(read);
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
        List<Module> modules = new ArrayList<>();
        modules.add(new Module(moduleNameOf(read.file().displayPath()), List.of(entryUnit), Module.Origin.ENTRY));
        StandardLibrary.load(StandardLibrary.CONTROL, diagnostics).ifPresent(control -> modules.add(
                new Module(StandardLibrary.moduleName(StandardLibrary.CONTROL), List.of(control), Module.Origin.STANDARD)));
        Program program = Program.of(modules, diagnostics);
        List<SourceUnit> units = program.modules().stream().flatMap(m -> m.units().stream()).toList();

        // Obligations and taps (A7, A9): checks on the program as written, then desugaring.
        CheckTaps.check(program, diagnostics);
        CheckLoopDischarges.check(program, diagnostics);
        InsertAutoDischarge.Result discharged = InsertAutoDischarge.run(ApplyTaps.apply(program), options.autoDischarge(), diagnostics);

        return new Elaboration(diagnostics.sorted(), units, Optional.of(discharged.program()), discharged.leaks());
    }

    /** The entry file's module is its basename: {@code app/orders.kz} is module {@code orders}. */
    private static String moduleNameOf(String displayPath) {
        String file = Path.of(displayPath).getFileName().toString();
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String displayPathOf(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().isEmpty() ? path.toString() : shown.toString();
    }

}
