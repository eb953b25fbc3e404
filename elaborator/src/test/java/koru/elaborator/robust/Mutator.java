package koru.elaborator.robust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Breaks a program the way editing does: lines deleted, duplicated or swapped, tokens inserted, characters flipped. */
final class Mutator {
    private static final String[] TOKENS = {"~", "|", "|>", "(", ")", "{", "}", "[", "]", "\"", "//", "where", "=",
            ":", ",", "_", "@x", "#l", "!", "\t", "\n", "\r", "\0", "é", "\uD800", "proc", "~test(t) {", "}"};

    private Mutator() {
    }

    static String mutate(String program, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(program.split("\n", -1)));
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String line = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                }
                case 3 -> lines.set(at, insert(lines.get(at), TOKENS[random.nextInt(TOKENS.length)], random));
                default -> lines.set(at, flip(lines.get(at), random));
            }
        }
        return String.join("\n", lines);
    }

    private static String insert(String line, String token, Random random) {
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + token + line.substring(at);
    }

    private static String flip(String line, Random random) {
        if (line.isEmpty()) {
            return line;
        }
        char[] chars = line.toCharArray();
        chars[random.nextInt(chars.length)] = (char) random.nextInt(128);
        return new String(chars);
    }
}
