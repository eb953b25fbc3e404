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

    /**
     * The exit code of a run over several programs: the worse of two, where could-not-run (2) is
     * worse than wrong (1), which is worse than inconclusive (3), which is worse than OK (0).
     */
    static int worse(int a, int b) {
        return severity(a) >= severity(b) ? a : b;
    }

    private static int severity(int exitCode) {
        return switch (exitCode) {
            case OK -> 0;
            case INCONCLUSIVE -> 1;
            case PROGRAM_WRONG -> 2;
            default -> 3;
        };
    }
}
