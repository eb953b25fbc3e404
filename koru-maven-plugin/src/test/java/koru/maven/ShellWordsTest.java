package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellWordsTest {
    @TempDir
    Path directory;

    @Test
    void quotesVariablesEscapesAndGlobsAreResolvedAsBashWould() throws Exception {
        Files.createDirectories(directory.resolve("examples/deeper"));
        for (String file : new String[] {"examples/b.kz", "examples/a.kz", "examples/notes.md", "examples/deeper/c.kz"}) {
            Files.writeString(directory.resolve(file), "");
        }
        assertEquals(List.of("verify", "--report", "md=/tmp/summary file", "a\\ b", "examples/a.kz", "examples/b.kz", "x*.kz"),
                ShellWords.of("verify  --report md=\"$SUMMARY\" \"a\\ b\" examples/*.kz x*.kz",
                        Map.of("SUMMARY", "/tmp/summary file"), directory));
        assertEquals(List.of("two words", "*.kz"), ShellWords.of("two\\ words \"*.kz\"", Map.of(), directory));
    }

    @Test
    void anUnknownVariableOrAnOpenQuoteIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ShellWords.of("md=$GITHUB_STEP_SUMMARY", Map.of(), directory));
        assertEquals("no value for $GITHUB_STEP_SUMMARY in: md=$GITHUB_STEP_SUMMARY", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShellWords.of("\"open", Map.of(), directory));
    }
}
