package koru.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pom snippet of docs/maven-plugin.md is the one the integration test builds, so it is known to work. */
class MavenPluginDocTest {
    private static List<String> trimmedLines(String xml) {
        return xml.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    @Test
    void pomSnippetIsTheVerifyProvenIntegrationTestsConfiguration() throws IOException {
        String snippet = DocBlocks.of("maven-plugin.md", "xml").get(0);
        String itPom = Files.readString(Path.of("src", "it", "verify-proven", "pom.xml"))
                .replace("@project.version@", "0.1.0-SNAPSHOT");
        List<String> expected = trimmedLines(snippet);
        assertTrue(expected.size() > 20, "the snippet is the whole plugin configuration");
        assertTrue(Collections.indexOfSubList(trimmedLines(itPom), expected) >= 0,
                "docs/maven-plugin.md's first xml block is not in src/it/verify-proven/pom.xml");
    }
}
