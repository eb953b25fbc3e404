package koru.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import koru.elaborator.diag.Code;

/**
 * The long explanations of the diagnostic codes, one Markdown resource per code
 * ({@code koru/explain/KORUnnn.md}): a title line, what the rule is and why, then a
 * {@code ## Wrong} and a {@code ## Right} example. A test keeps them in step with {@link Code}.
 */
final class Explanations {
    private Explanations() {
    }

    /** The explanation of {@code code}; every code has one. */
    static String of(Code code) {
        String resource = "/koru/explain/" + code.id() + ".md";
        try (InputStream in = Explanations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no explanation for " + code.id() + " (missing resource " + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code a user typed: {@code KORU022}, {@code koru022}, {@code 022} or {@code 22}. */
    static Optional<Code> codeNamed(String text) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        String digits = upper.startsWith("KORU") ? upper.substring("KORU".length()) : upper;
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String id = "KORU" + "0".repeat(3 - digits.length()) + digits;
        for (Code code : Code.values()) {
            if (code.id().equals(id)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
