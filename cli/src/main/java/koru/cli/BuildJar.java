package koru.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.Elaboration;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Severity;
import koru.elaborator.lower.LowerToCoreIr;
import koru.extract.BuildChoices;
import koru.extract.BuildProblem;
import koru.extract.BuildProgram;
import koru.extract.FrontEndParts;
import koru.extract.java.GeneratedClass;
import koru.kernel.ir.Program;
import koru.proptest.load.FrontEndPartsOf;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code build} and {@code run} share: verify the program as {@code koru verify} does (unless
 * {@code --no-verify}), then extract, compile and package it. Diagnostics and the reasons for not
 * building go to stderr; nothing goes to stdout.
 */
final class BuildJar {
    private final BuildOptions build;
    private final ProgramOptions options;
    private final CommandSpec spec;

    BuildJar(BuildOptions build, CommandSpec spec) {
        this.build = build;
        this.options = build.program;
        this.spec = spec;
    }

    /**
     * Builds the program of {@code elaboration} (read from {@code file}) into the jar {@code target},
     * and writes the generated Java under {@code javaSources} when one is given; returns the exit code.
     */
    int build(Path file, Elaboration elaboration, Path target, Optional<Path> javaSources) {
        PrintWriter err = spec.commandLine().getErr();
        Palette palette = options.palette();
        if (elaboration.hasErrors()) {
            options.render(elaboration.diagnostics(), palette, err);
            err.println(palette.severity(Severity.ERROR, "error") + ": could not build " + file + ": "
                    + ReadFailure.counted((int) elaboration.errorCount(), "error"));
            return ExitCode.PROGRAM_WRONG;
        }
        BuildChoices choices;
        switch (VariantOptions.resolve(build.variants, elaboration.elaborated().orElseThrow())) {
            case VariantOptions.Resolved.Wrong wrong -> {
                err.println(palette.severity(Severity.ERROR, "error") + ": " + wrong.reason());
                return ExitCode.USAGE_OR_IO_ERROR;
            }
            case VariantOptions.Resolved.Chosen chosen -> choices = new BuildChoices(chosen.variants(), build.checked);
        }
        if (!build.noVerify) {
            int verified = verify(file);
            if (verified != ExitCode.OK) {
                err.println(palette.severity(Severity.ERROR, "error") + ": not building " + file + ": "
                        + (verified == ExitCode.INCONCLUSIVE ? "not everything is proven" : "it does not verify")
                        + " (`--no-verify` builds it anyway)");
                return verified;
            }
        }
        Program program = LowerToCoreIr.lower(elaboration).orElseThrow();
        FrontEndParts parts = FrontEndPartsOf.of(elaboration);
        return switch (BuildProgram.of(program, parts, choices)) {
            case BuildProgram.Outcome.Built built -> {
                try {
                    write(built, target);
                } catch (IOException e) {
                    err.println(palette.severity(Severity.ERROR, "error") + ": could not write " + target + ": " + ReadFailure.reasonOf(e));
                    yield ExitCode.USAGE_OR_IO_ERROR;
                }
                if (javaSources.isPresent()) {
                    try {
                        writeSources(built, javaSources.get());
                    } catch (IOException e) {
                        err.println(palette.severity(Severity.ERROR, "error") + ": could not write the Java sources under " + javaSources.get()
                                + ": " + ReadFailure.reasonOf(e));
                        yield ExitCode.USAGE_OR_IO_ERROR;
                    }
                }
                yield ExitCode.OK;
            }
            case BuildProgram.Outcome.Rejected rejected -> {
                VerificationReport.Sources sources = new VerificationReport.Sources(elaboration);
                List<Diagnostic> diagnostics = new ArrayList<>(rejected.problems().stream().map(p -> diagnostic(p, sources)).toList());
                diagnostics.sort(Diagnostic.READING_ORDER);
                options.render(diagnostics, palette, err);
                err.println(palette.severity(Severity.ERROR, "error") + ": could not build " + file + ": "
                        + ReadFailure.counted(diagnostics.size(), "error"));
                yield ExitCode.PROGRAM_WRONG;
            }
        };
    }

    /** {@code koru verify} on the file with this command's options: its diagnostics and summary, its exit code. */
    private int verify(Path file) {
        List<String> args = new ArrayList<>(options.asArguments());
        args.addAll(build.cache.asArguments());
        args.add(file.toString());
        CommandLine verify = Koru.commandLine(spec.commandLine().getOut(), spec.commandLine().getErr());
        args.add(0, "verify");
        return Koru.execute(verify, args.toArray(String[]::new));
    }

    /** Writes the jar beside its target, then moves it in place: a reader never sees half a jar. */
    private static void write(BuildProgram.Outcome.Built built, Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Not a temporary file: those are private to the user (0600), and a jar is for everyone who may read its directory.
        Path partial = directory.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                built.writeJar(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Each generated class at its package path under {@code directory}, as javac expects to find it: {@code koru/app/Ledger.java}. */
    private static void writeSources(BuildProgram.Outcome.Built built, Path directory) throws IOException {
        for (GeneratedClass source : built.sources()) {
            Path file = directory.resolve(source.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.source());
        }
    }

    /** A build problem as a diagnostic with its code (KORU201–204), label and hint; {@code koru test} reports them too. */
    static Diagnostic diagnostic(BuildProblem problem, VerificationReport.Sources sources) {
        return switch (problem) {
            case BuildProblem.JavacErrorInProc javac -> {
                List<String> lines = javac.message().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
                Diagnostic error = Diagnostic.error(Code.KORU201, sources.span(javac.at()), "javac: " + lines.get(0))
                        .withLabel("in the Java body of the proc of `" + eventPath(javac.event()) + "`");
                for (String detail : lines.subList(1, lines.size())) {
                    error = error.withNote("javac: " + detail.replaceAll("\\s+", " "));
                }
                yield error.withHint("inputs are final locals named as in the event, and each branch has a factory named after it;"
                        + " fix the Java and build again");
            }
            case BuildProblem.UncheckableContract clause -> Diagnostic.error(Code.KORU203, sources.span(clause.at()), clause.message())
                    .withLabel("in the contract of `" + eventPath(clause.event()) + "`")
                    .withHint("state the clause without `u64` arithmetic (compare instead: `a <= b` for `b - a >= 0`), or build without `--checked`");
            case BuildProblem.NoImplementation missing -> Diagnostic.error(Code.KORU202, sources.span(missing.at()), missing.message())
                    .withLabel("called here")
                    .withHint("implement `" + missing.event() + "` with a subflow (`~" + eventPath(missing.event())
                            + " = …`) or a Java proc (`~proc " + eventPath(missing.event()) + "|java { … }`)");
            case BuildProblem.NoHostClass missing -> Diagnostic.error(Code.KORU204, sources.span(missing.at()), missing.message())
                    .withLabel("the host type is used here")
                    .withHint("a host type is the Java class of its name: import it in the module's Java (`import java.io.BufferedReader;`"
                            + " beside the events), or name a class of java.lang");
        };
    }

    private static String eventPath(String canonical) {
        return canonical.substring(canonical.indexOf(':') + 1);
    }
}
