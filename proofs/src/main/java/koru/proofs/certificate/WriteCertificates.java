package koru.proofs.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's certificates under a directory, one file per obligation:
 * {@code DIR/<module path>/<NNN>-<kind>-L<line>.smt2}, e.g. {@code DIR/examples/ledger/003-post-L12.smt2}.
 * {@code NNN} counts the obligations of one module in the order the kernel derives them, so no two
 * files of a module collide, and a module imported by two programs of a run gets the same files twice
 * (obligation generation is deterministic). The module path is the file as diagnostics name it,
 * without its extension; a leading {@code /} is dropped and {@code ..} becomes {@code up}, so every
 * file stays inside DIR.
 */
public final class WriteCertificates {
    private WriteCertificates() {
    }

    /** Writes every certificate (creating DIR and its subdirectories) and returns the files, in the certificates' order. */
    public static List<Path> to(Path directory, List<Certificate> certificates, long resourceLimit, String solverName) throws IOException {
        Map<String, Integer> numbered = new HashMap<>();
        List<Path> written = new ArrayList<>();
        for (Certificate certificate : certificates) {
            int number = numbered.merge(certificate.range().file(), 1, Integer::sum);
            Path file = directory.resolve(relativePath(certificate, number));
            Files.createDirectories(file.getParent());
            Files.writeString(file, certificate.text(resourceLimit, solverName));
            written.add(file);
        }
        return written;
    }

    /** {@code examples/ledger/003-post-L12.smt2} for the third obligation of {@code examples/ledger.kz}, at line 12. */
    static Path relativePath(Certificate certificate, int number) {
        String name = "%03d-%s-L%d.smt2".formatted(number, certificate.kindName(), certificate.range().line());
        return moduleDirectory(certificate.range().file()).resolve(name);
    }

    static Path moduleDirectory(String file) {
        Path module = Path.of("");
        for (Path part : Path.of(file)) {
            String name = part.toString();
            module = module.resolve(name.equals("..") ? "up" : name);
        }
        String last = module.getFileName().toString();
        int dot = last.lastIndexOf('.');
        return dot > 0 ? module.resolveSibling(last.substring(0, dot)) : module;
    }
}
