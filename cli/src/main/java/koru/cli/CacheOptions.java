package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;
import koru.elaborator.diag.Severity;
import koru.proofs.cache.ProofCache;
import picocli.CommandLine.Option;

/** The proof cache options of {@code verify} (docs/proof-cache.md): where proofs are kept between runs, or nowhere. */
final class CacheOptions {
    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep proofs between runs in DIR (default: .koru/cache in the current directory).")
    Path directory = Path.of(".koru", "cache");

    @Option(names = "--no-cache", description = "Neither read nor write the proof cache: solve every obligation.")
    boolean disabled;

    /** These options as command-line arguments, for a verb that runs {@code verify}. */
    java.util.List<String> asArguments() {
        return disabled ? java.util.List.of("--no-cache") : java.util.List.of("--cache", directory.toString());
    }

    /** The cache to use, or none: when disabled, or when the directory cannot be made or written (one warning, unless quiet). */
    Optional<ProofCache> open(Palette palette, PrintWriter err, boolean quiet) {
        if (disabled) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProofCache.open(directory));
        } catch (IOException e) {
            if (!quiet) {
                err.println(palette.severity(Severity.WARNING, "warning") + ": cannot use the proof cache " + directory + " ("
                        + reasonOf(e) + "): verifying without it");
            }
            return Optional.empty();
        }
    }

    /** The cause in a few words, without the path the message already names. */
    private static String reasonOf(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason();
        }
        return ReadFailure.reasonOf(e);
    }
}
