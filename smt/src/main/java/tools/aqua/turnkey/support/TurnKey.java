package tools.aqua.turnkey.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;
import koru.smt.natives.LibraryCache;
import koru.smt.natives.NativeBundle;

/**
 * Not trusted (docs/TRUST.md): Koru/J's implementation of turnkey-support's one entry point, which
 * z3-turnkey's {@code com.microsoft.z3.Native} calls from its static initialiser to load Z3. The
 * turnkey-support jar is left out of the build (smt/pom.xml) so that this class is the one that
 * runs. turnkey-support unpacks the 35 MB libz3 into a new temporary directory on every start and
 * has no option to keep it; this loads the same files of the same jar, unpacked once into the
 * user's cache and checked before every load ({@link LibraryCache}).
 *
 * <p>Any failure propagates out of {@code Native}'s static initialiser, which {@code Z3Solver.open}
 * reports as {@code SolverUnavailableException}.
 */
public final class TurnKey {
    private TurnKey() {
    }

    /**
     * Loads the native libraries of the bundle under {@code libraryPrefix} for this platform.
     * {@code getResourceAsStream} is not used: the files are found by URL through this class's loader
     * (on the class path, the loader that z3-turnkey's own resource lookup asks), because only a URL
     * gives a jar entry's size and CRC-32 without inflating it.
     */
    public static void load(String libraryPrefix, Function<String, InputStream> getResourceAsStream) {
        NativeBundle bundle;
        try {
            bundle = NativeBundle.forThisPlatform(libraryPrefix, TurnKey.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path directory = LibraryCache.forUser().unpack(bundle);
        for (String library : bundle.loadOrder()) {
            // The JVM binds a library to the class loader of the class that loads it: Native's, as with turnkey-support.
            System.load(directory.resolve(library).toAbsolutePath().toString());
        }
    }
}
