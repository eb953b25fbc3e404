package koru.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs one verb of the Koru/J command line ({@code koru.cli.Main}) in a forked JVM.
 *
 * @param java the JVM to fork
 * @param classPath the koru-cli jar and its runtime dependencies
 * @param verb {@code check} or {@code verify}
 * @param options the verb's options, before the files
 * @param entryFiles the programs to check or verify
 * @param workingDirectory where the CLI runs: the project's directory
 */
record KoruCommandLine(ForkedJava java, List<Path> classPath, String verb, List<String> options, List<Path> entryFiles,
        Path workingDirectory) {
    /** The CLI's main class (cli/src/main/java/koru/cli/Main.java). */
    static final String MAIN_CLASS = "koru.cli.Main";

    /**
     * The JVM's options. Z3 is a native library, which JDK 24+ loads without a warning only with native
     * access granted; the stack size matches the tests' (the CLI also runs its work on a thread with a
     * 512 MB stack of its own).
     */
    static final List<String> JVM_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED", "-Xss16m");

    KoruCommandLine {
        classPath = List.copyOf(classPath);
        options = List.copyOf(options);
        entryFiles = List.copyOf(entryFiles);
    }

    /**
     * The whole command. Colour is always off: the output goes into Maven's log, which is often a file,
     * and JDK 22–24 report a console even in a pipe (docs/CLI.md, "Colour").
     */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java.executable().toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(MAIN_CLASS);
        command.add(verb);
        command.add("--color");
        command.add("never");
        command.addAll(options);
        entryFiles.forEach(file -> command.add(shownFrom(workingDirectory, file).toString()));
        return command;
    }

    /**
     * A path as the user would type it in {@code directory}: relative when below it
     * ({@code src/main/koru/app.kz}), else absolute. Entry files are given to the CLI so, and its
     * diagnostics show them as given.
     */
    static Path shownFrom(Path directory, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = directory.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }
}
