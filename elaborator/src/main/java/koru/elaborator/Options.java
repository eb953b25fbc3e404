package koru.elaborator;

import java.util.Set;

/**
 * Settings of one front-end run: the {@code --flag} names that keep conditional imports
 * (LANGUAGE.md A8) and the auto-discharge mode (A7).
 */
public record Options(Set<String> flags, AutoDischarge autoDischarge) {
    public Options {
        flags = Set.copyOf(flags);
    }

    public static Options defaults() {
        return new Options(Set.of(), AutoDischarge.ON);
    }

    /** {@code --auto-discharge=on|warn|off} ({@code disable} is a synonym of {@code off}). */
    public enum AutoDischarge {
        ON,
        WARN,
        OFF;

        public static AutoDischarge parse(String text) {
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "on" -> ON;
                case "warn" -> WARN;
                case "off", "disable" -> OFF;
                default -> throw new IllegalArgumentException(
                        "unknown auto-discharge mode '" + text + "' (expected on, warn or off)");
            };
        }
    }
}
