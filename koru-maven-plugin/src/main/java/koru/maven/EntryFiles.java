package koru.maven;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The entry files of a project's Koru/J programs: the regular files below the source directory that
 * an include pattern matches and no exclude pattern does, sorted. Each is verified as one program;
 * the modules it imports are loaded by the CLI and need not be entry files themselves.
 *
 * <p>Patterns are globs ({@link FileSystem#getPathMatcher}) over the path relative to the source
 * directory, with {@code /} as separator. As in Maven's and Ant's patterns, a leading {@code **}/
 * also matches no directory at all, so {@code **}{@code /*.kz} includes {@code app.kz} at the top.
 */
final class EntryFiles {
    private EntryFiles() {
    }

    /** The matching files, sorted by relative path; none when the directory does not exist. */
    static List<Path> find(Path sourceDirectory, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(sourceDirectory)) {
            return List.of();
        }
        List<PathMatcher> included = matchers(sourceDirectory.getFileSystem(), includes);
        List<PathMatcher> excluded = matchers(sourceDirectory.getFileSystem(), excludes);
        try (Stream<Path> files = Files.walk(sourceDirectory)) {
            return files.filter(Files::isRegularFile)
                    .map(sourceDirectory::relativize)
                    .filter(relative -> matchesAny(included, relative) && !matchesAny(excluded, relative))
                    .sorted()
                    .map(sourceDirectory::resolve)
                    .toList();
        }
    }

    private static List<PathMatcher> matchers(FileSystem fileSystem, List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            String glob = pattern.trim().replace('\\', '/');
            matchers.add(fileSystem.getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(fileSystem.getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return matchers;
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(matcher -> matcher.matches(relative));
    }
}
