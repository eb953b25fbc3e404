package koru.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import koru.proptest.checks.Checked;

/** One file {@code koru test} read: the cases it ran, or why it could not test the file. */
record TestedFile(Path file, List<Ran> ran, Optional<NotTested> problem) {
    /** A case that ran, and how long it took. */
    record Ran(Checked checked, Duration time) {
    }

    /** Why the file was not tested, and the exit code that says so (1 errors in the program, 2 unreadable). */
    record NotTested(String why, int exitCode) {
    }

    TestedFile {
        ran = List.copyOf(ran);
    }

    static TestedFile notTested(Path file, String why, int exitCode) {
        return new TestedFile(file, List.of(), Optional.of(new NotTested(why, exitCode)));
    }

    long passed() {
        return ran.stream().filter(one -> one.checked().passed()).count();
    }

    long failed() {
        return ran.stream().filter(one -> one.checked().failed()).count();
    }

    long skipped() {
        return ran.size() - passed() - failed();
    }

    int exitCode() {
        return problem.map(NotTested::exitCode).orElse(failed() > 0 ? ExitCode.PROGRAM_WRONG : ExitCode.OK);
    }
}
