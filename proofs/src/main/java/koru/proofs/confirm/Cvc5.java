package koru.proofs.confirm;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cvc5 executable the second opinion runs, and its version as it states it. */
public record Cvc5(Path executable, String version) {
    /** How to get cvc5, for the one line a missing cvc5 prints. */
    public static final String HOW_TO_INSTALL = "install it (Debian, Ubuntu: `sudo apt-get install cvc5`; others: https://cvc5.github.io/downloads.html)";

    private static final Pattern VERSION = Pattern.compile("cvc5 version (\\S+)");

    /** Why no usable cvc5 was found, in one line. */
    public static final class MissingException extends Exception {
        public MissingException(String message) {
            super(message);
        }
    }

    /**
     * The cvc5 named by {@code --confirm}'s value: {@code cvc5} is looked up on {@code searchPath}
     * (the {@code PATH} variable), a path ending in {@code cvc5} is taken as the executable itself.
     */
    public static Cvc5 named(String solver, String searchPath) throws MissingException {
        Path named = Path.of(solver);
        if (!named.getFileName().toString().equals("cvc5")) {
            throw new MissingException("--confirm knows only cvc5, not `" + solver + "`; " + HOW_TO_INSTALL);
        }
        Path executable = named.getNameCount() > 1 || named.isAbsolute()
                ? named
                : onPath(searchPath).orElseThrow(() -> new MissingException("cvc5 is not on PATH; " + HOW_TO_INSTALL));
        if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
            throw new MissingException(executable + " is not an executable file; " + HOW_TO_INSTALL);
        }
        return new Cvc5(executable, versionOf(executable));
    }

    private static Optional<Path> onPath(String searchPath) {
        for (String directory : searchPath.split(File.pathSeparator)) {
            if (!directory.isEmpty()) {
                Path candidate = Path.of(directory, "cvc5");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code 1.0.3} from {@code This is cvc5 version 1.0.3}; an executable that does not say so is not cvc5. */
    private static String versionOf(Path executable) throws MissingException {
        try {
            Process process = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Matcher version = VERSION.matcher(output);
            if (version.find()) {
                return version.group(1);
            }
            throw new MissingException(executable + " --version does not name a cvc5 version; " + HOW_TO_INSTALL);
        } catch (IOException e) {
            throw new MissingException(executable + " cannot be run (" + e.getMessage() + "); " + HOW_TO_INSTALL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MissingException("interrupted while asking " + executable + " for its version");
        }
    }
}
