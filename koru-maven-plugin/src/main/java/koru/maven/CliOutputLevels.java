package koru.maven;

/**
 * Gives each line the CLI writes the Maven log level it deserves, so that errors stand out in a build
 * log. A diagnostic spans several lines (message, source, carets, notes) and ends with a blank line
 * (docs/CLI.md, "Diagnostics for humans"): every line of it takes the level of its first line.
 */
final class CliOutputLevels {
    enum Level { INFO, WARN, ERROR }

    private Level current = Level.INFO;

    /** The level of the next line of output, which continues the block of the lines before it unless it starts one. */
    Level of(String line) {
        if (line.isBlank()) {
            current = Level.INFO;
            return Level.INFO;
        }
        if (line.startsWith("error") || line.startsWith("internal error") || line.startsWith("verification failed")) {
            current = Level.ERROR;
        } else if (line.startsWith("warning") || line.startsWith("verification inconclusive")) {
            current = Level.WARN;
        } else if (line.startsWith("verified ") || line.startsWith("checked ")) {
            current = Level.INFO;
        }
        return current;
    }
}
