package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A built jar carries a library only when a class that can run refers to it (docs/extraction.md,
 * "Libraries"): Vavr for maps, sets and lists, Koru/J's runtime for {@code $std/rt} and {@code $std/io}'s input.
 */
class JarLibrariesTest {
    private static final String VAVR = "io/vavr/collection/HashMap.class";
    private static final String RUNTIME = "koru/runtime/rt/Channel.class";

    @TempDir
    Path work;

    @Test
    void helloCarriesNeitherVavrNorTheRuntime() throws IOException {
        assertLibraries(Path.of("..", "examples", "hello.kz"), false, false);
    }

    @Test
    void aProgramWithAMapCarriesVavrOnly() throws IOException {
        assertLibraries(Path.of("..", "examples", "ledger.kz"), true, false);
    }

    @Test
    void aProgramUsingChannelsCarriesTheRuntime() throws IOException {
        assertLibraries(Path.of("..", "examples", "channels.kz"), true, true);
    }

    /** Importing $std/io and $std/rt costs nothing until their input and runtime events are called: print needs neither library. */
    @Test
    void importingTheRuntimesModulesWithoutCallingTheirEventsCarriesNeither() throws IOException {
        Path program = Files.writeString(work.resolve("imports.kz"), """
                ~import "$std/io"
                ~import "$std/rt"

                ~std.io:print(text: "only printing")
                """);
        assertLibraries(program, false, false);
    }

    @Test
    void readingArgumentsCarriesTheRuntimeAndVavrForTheList() throws IOException {
        Path program = Files.writeString(work.resolve("args.kz"), """
                ~import "$std/io"

                ~std.io:args()
                | given _ |> std.io:print(text: "given")
                """);
        assertLibraries(program, true, true);
    }

    private void assertLibraries(Path program, boolean vavr, boolean runtime) throws IOException {
        Path jar = work.resolve(program.getFileName() + ".jar");
        KoruRun build = KoruRun.of("build", "--no-cache", "--color", "never", program.toString(), "-o", jar.toString());
        assertEquals(0, build.exitCode(), build.err());
        try (JarFile contents = new JarFile(jar.toFile())) {
            assertAll(
                    () -> assertEquals(vavr, contents.getEntry(VAVR) != null, "Vavr in " + jar),
                    () -> assertEquals(runtime, contents.getEntry(RUNTIME) != null, "the runtime in " + jar));
        }
    }
}
