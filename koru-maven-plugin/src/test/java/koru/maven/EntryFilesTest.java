package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryFilesTest {
    @TempDir
    Path sources;

    @BeforeEach
    void project() throws IOException {
        for (String file : List.of("shop.kz", "admin.kz", "shop.kjava", "koru.json", "lib/fees.kz", "lib/deep/tax.kz")) {
            Path path = sources.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "");
        }
    }

    private List<String> found(List<String> includes, List<String> excludes) throws IOException {
        return EntryFiles.find(sources, includes, excludes).stream()
                .map(file -> sources.relativize(file).toString().replace('\\', '/'))
                .toList();
    }

    @Test
    void defaultPatternTakesEveryKzFileIncludingThoseAtTheTop() throws IOException {
        assertEquals(List.of("admin.kz", "lib/deep/tax.kz", "lib/fees.kz", "shop.kz"),
                found(List.of(AbstractKoruMojo.DEFAULT_INCLUDE), List.of()));
    }

    @Test
    void excludesLeaveOutTheModulesEntryFilesImport() throws IOException {
        assertEquals(List.of("admin.kz", "shop.kz"), found(List.of("**/*.kz"), List.of("lib/**")));
    }

    @Test
    void includesCanNameEntryFilesOneByOne() throws IOException {
        assertEquals(List.of("shop.kz"), found(List.of("shop.kz"), List.of()));
        assertEquals(List.of("lib/fees.kz"), found(List.of("lib/*.kz"), List.of()));
    }

    @Test
    void aMissingSourceDirectoryHasNoEntryFiles() throws IOException {
        assertEquals(List.of(), EntryFiles.find(sources.resolve("absent"), List.of("**/*.kz"), List.of()));
    }
}
