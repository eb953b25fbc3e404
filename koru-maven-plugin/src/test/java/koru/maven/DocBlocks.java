package koru.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a page of the project's docs/, so tests can hold the page to what it shows. */
final class DocBlocks {
    /** The repository's docs/ directory, seen from this module's directory (where the tests run). */
    static final Path DOCS = Path.of("..", "docs");

    private DocBlocks() {
    }

    /** The contents of every block of {@code page} fenced as ```{@code language}, in page order. */
    static List<String> of(String page, String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(DOCS.resolve(page))) {
            if (block == null && line.equals("```" + language)) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
