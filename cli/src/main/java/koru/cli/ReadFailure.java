package koru.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import koru.elaborator.diag.Severity;

/** The one line a verb prints when an input file cannot be read (docs/CLI.md, exit 2). */
final class ReadFailure {
    private ReadFailure() {
    }

    static String line(Path file, IOException e, Palette palette) {
        return palette.severity(Severity.ERROR, "error") + ": could not read " + file + ": " + reasonOf(e);
    }

    /** The cause in a few words; the path is already in the message. */
    static String reasonOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** {@code 1 error}, {@code 2 errors}. */
    static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
