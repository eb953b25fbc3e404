package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/extraction-examples.md shows the generated Java of every shipped example as it is: each file
 * that {@code koru build --java-sources} writes must appear there verbatim in a {@code java} block.
 * The repository's examples always; the shared ones when {@code shared/} sits beside the clone.
 */
class ExtractionExamplesDocTest {
    private static final Path DOC = Path.of("..", "docs", "extraction-examples.md");
    private static final Path REPOSITORY_EXAMPLES = Path.of("..", "examples");
    private static final Path SHARED_EXAMPLES = Path.of("..", "..", "shared", "examples");
    /** Shared examples the doc leaves out, as it says: only {@code ~test} blocks, no flow to extract. */
    private static final Set<String> NOT_SHOWN = Set.of("variants.kz");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> theDocShowsEachExamplesGeneratedJava() throws IOException {
        String doc = Files.readString(DOC);
        return Stream.concat(programs(REPOSITORY_EXAMPLES), programs(SHARED_EXAMPLES))
                .filter(program -> !NOT_SHOWN.contains(program.getFileName().toString()))
                .map(program -> DynamicTest.dynamicTest(program.toString(), () -> {
                    Path sources = work.resolve(program.toString().replaceAll("[^A-Za-z0-9]+", "_"));
                    KoruRun build = KoruRun.of("build", "--no-cache", "-q", "--java-sources", sources.toString(), program.toString(),
                            "-o", sources + ".jar");
                    assertEquals(0, build.exitCode(), build.err());
                    List<Path> generated = javaFilesUnder(sources);
                    assertFalse(generated.isEmpty(), "no Java written for " + program);
                    for (Path file : generated) {
                        String java = Files.readString(file);
                        assertTrue(doc.contains("```java\n" + java + "```\n"),
                                DOC + " must show " + sources.relativize(file) + " of " + program + " as it is generated:\n" + java);
                    }
                }));
    }

    /** The {@code .kz} files of {@code folder}; none when it is absent (shared/ is not part of the repository). */
    private static Stream<Path> programs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".kz")).sorted().toList().stream();
        }
    }

    private static List<Path> javaFilesUnder(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
