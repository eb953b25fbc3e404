package koru.cli;

import java.util.Map;

/** {@code --color auto|always|never}: whether diagnostics on stderr carry ANSI colour. */
enum ColorChoice {
    AUTO,
    ALWAYS,
    NEVER;

    /**
     * Decides for this run. {@code auto} colours only on a terminal and never when {@code NO_COLOR}
     * is set to anything non-empty (https://no-color.org); an explicit choice wins over both.
     */
    boolean enabled(Map<String, String> environment, boolean onTerminal) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> onTerminal && environment.getOrDefault("NO_COLOR", "").isEmpty();
        };
    }

    /**
     * Whether this JVM talks to a terminal. On JDK 21 and 25 {@code System.console()} is null when
     * stdin or stdout is redirected. (JDK 22 to 24 return a console even in a pipe; there
     * {@code --color never} or {@code NO_COLOR} turn colour off.)
     */
    static boolean onTerminal() {
        return System.console() != null;
    }
}
