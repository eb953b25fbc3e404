package koru.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The arguments bash passes for one line of a shell command, for the constructs the workflows of
 * docs/CI.md use: blanks between words, double quotes, {@code $NAME}, a backslash escaping one
 * character, and a word with an unquoted {@code *} expanded against a directory (sorted, as bash
 * does; left as it is when nothing matches). Anything else bash does is beyond what the tests need.
 */
final class ShellWords {
    private ShellWords() {
    }

    /** The words of {@code line}, {@code $NAME} taken from {@code variables}, globs expanded in {@code directory}. */
    static List<String> of(String line, Map<String, String> variables, Path directory) throws IOException {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        boolean glob = false;
        for (int at = 0; at < line.length(); at++) {
            char c = line.charAt(at);
            if (!quoted && Character.isWhitespace(c)) {
                if (word != null) {
                    words.addAll(glob ? expanded(word.toString(), directory) : List.of(word.toString()));
                    word = null;
                    glob = false;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && !quoted && at + 1 < line.length()) {
                word.append(line.charAt(++at));
            } else if (c == '$') {
                int end = at + 1;
                while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
                    end++;
                }
                String name = line.substring(at + 1, end);
                if (!variables.containsKey(name)) {
                    throw new IllegalArgumentException("no value for $" + name + " in: " + line);
                }
                word.append(variables.get(name));
                at = end - 1;
            } else {
                glob |= c == '*' && !quoted;
                word.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote in: " + line);
        }
        if (word != null) {
            words.addAll(glob ? expanded(word.toString(), directory) : List.of(word.toString()));
        }
        return words;
    }

    private static List<String> expanded(String pattern, Path directory) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> files = Files.walk(directory)) {
            List<String> matches = files.map(directory::relativize).filter(matcher::matches).map(Path::toString).sorted().toList();
            return matches.isEmpty() ? List.of(pattern) : matches;
        }
    }
}
