package koru.elaborator.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.parse.ParseSource;
import koru.elaborator.source.SourceReader;

/**
 * The {@code $std} modules, shipped as Koru sources inside the elaborator's jar under
 * {@code koru/std/}. {@code $std/io} is the resource {@code koru/std/io.kz}, module {@code std.io}.
 */
public final class StandardLibrary {
    /** The module every program sees without an import: {@code if}, {@code for}, {@code assert}. */
    public static final String CONTROL = "control";

    /** Every {@code $std} module, for hints that list them. */
    public static final java.util.List<String> MODULES = java.util.List.of(
            "control", "io", "ledger", "profiler", "rt", "taps", "testing");

    private StandardLibrary() {
    }

    /** The parsed file of {@code $std/path}, or empty when the standard library has no such module. */
    public static Optional<SourceUnit> load(String path, Diagnostics diagnostics) {
        String resource = "/koru/std/" + path + ".kz";
        try (InputStream in = StandardLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            SourceReader.Read read = SourceReader.decode(in.readAllBytes(), "$std/" + path + ".kz");
            read.error().ifPresent(diagnostics::report);
            return Optional.of(ParseSource.parse(read.file(), diagnostics));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the standard library resource " + resource, e);
        }
    }

    /** {@code $std/a/b} → {@code std.a.b}. */
    public static String moduleName(String path) {
        return "std." + path.replace('/', '.');
    }
}
