package koru.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code koru ARGS} run in-process, the same path as the command: exit code, stdout and stderr (lines ending in {@code \n}). */
record KoruRun(int exitCode, String out, String err) {
    private static final Pattern DIAGNOSTIC_CODE = Pattern.compile("^(?:error|warning)\\[(KORU\\d{3})]", Pattern.MULTILINE);
    /** A rendered error's code and line: {@code error[KORU104]: …} then {@code  --> file:LINE:COL}. */
    private static final Pattern ERROR = Pattern.compile("^error\\[(KORU\\d{3})\\]: .*\\n\\s*--> .*:(\\d+):\\d+$", Pattern.MULTILINE);

    /**
     * {@code koru ARGS}. A {@code verify} that names no cache runs with {@code --no-cache}: tests leave no
     * {@code .koru/} in the source tree, and one test's proofs never answer another's queries.
     */
    static KoruRun of(String... args) {
        List<String> given = List.of(args);
        if (!given.isEmpty() && given.get(0).equals("verify") && !given.contains("--no-cache")
                && given.stream().noneMatch(arg -> arg.equals("--cache") || arg.startsWith("--cache="))) {
            given = new ArrayList<>(given);
            given.add(1, "--no-cache");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Koru.run(given.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new KoruRun(exitCode, out.toString().replace(System.lineSeparator(), "\n"), err.toString().replace(System.lineSeparator(), "\n"));
    }

    /** {@code koru COMMAND… OPTIONS… FILE}: a fixed command line whose options a test varies. */
    static KoruRun with(List<String> command, Path file, String... options) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(options));
        args.add(file.toString());
        return of(args.toArray(String[]::new));
    }

    /** {@code koru verify --color never --jobs 1 FILE}: one job, so that runs repeat exactly (and no cache, as {@link #of} says). */
    static KoruRun verify(Path file) {
        return verifyWith(file, "--jobs", "1");
    }

    /** {@code koru verify --color never OPTIONS FILE}. */
    static KoruRun verifyWith(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("verify", "--color", "never"));
        args.addAll(List.of(options));
        args.add(file.toString());
        return of(args.toArray(String[]::new));
    }

    /** The codes of the errors and warnings rendered on stderr. */
    Set<String> codes() {
        return DIAGNOSTIC_CODE.matcher(err).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** {@code KORU104 at 7} for every error, in the order rendered (reading order). */
    List<String> errors() {
        return ERROR.matcher(err).results().map(m -> m.group(1) + " at " + m.group(2)).toList();
    }
}
