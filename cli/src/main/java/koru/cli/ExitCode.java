package koru.cli;

/** The exit codes every verb shares (docs/ARCHITECTURE.md, "CLI conventions"). */
final class ExitCode {
    /** The command did what was asked and found nothing wrong. */
    static final int OK = 0;
    /** The program is wrong: at least one error diagnostic. */
    static final int PROGRAM_WRONG = 1;
    /** The command line was wrong, an input could not be read, or Koru/J itself failed. */
    static final int USAGE_OR_IO_ERROR = 2;
    /** Verification found nothing wrong but could not prove everything (unknown or not yet verified). */
    static final int INCONCLUSIVE = 3;

    private ExitCode() {
    }
}
