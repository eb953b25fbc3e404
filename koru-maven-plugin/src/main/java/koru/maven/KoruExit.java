package koru.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What the CLI's exit code (docs/CLI.md, "Exit codes") means for the build: a wrong program fails it
 * (a {@link MojoFailureException}, like a failing test), a CLI that could not do its work is an
 * execution error, and an inconclusive verification fails it unless the project accepts that.
 */
final class KoruExit {
    static final int OK = 0;
    static final int PROGRAM_WRONG = 1;
    static final int USAGE_OR_IO_ERROR = 2;
    static final int INCONCLUSIVE = 3;

    private KoruExit() {
    }

    /**
     * Returns normally when the build may go on.
     *
     * @param verb {@code check} or {@code verify}, for messages
     * @param failOnUnknown whether exit 3 (nothing failed, something unknown or not verified yet) fails the build
     */
    static void judge(int exitCode, String verb, boolean failOnUnknown, Log log)
            throws MojoFailureException, MojoExecutionException {
        switch (exitCode) {
            case OK -> {
            }
            case PROGRAM_WRONG -> throw new MojoFailureException(
                    "koru " + verb + " found errors in the Koru/J program (exit 1); they are listed above");
            case INCONCLUSIVE -> {
                String message = "koru " + verb + " proved nothing wrong but could not prove everything"
                        + " (exit 3: an obligation is unknown or not verified yet; see the warnings above)";
                if (failOnUnknown) {
                    throw new MojoFailureException(message + "; set failOnUnknown to false (-Dkoru.failOnUnknown=false)"
                            + " to let the build pass");
                }
                log.warn(message + "; the build goes on because failOnUnknown is false");
            }
            case USAGE_OR_IO_ERROR -> throw new MojoExecutionException(
                    "koru " + verb + " could not run (exit 2: a usage, I/O or internal error; see above)");
            default -> throw new MojoExecutionException(
                    "koru " + verb + " ended with exit code " + exitCode + ", which Koru/J never uses: its JVM failed");
        }
    }
}
