package koru.extract.java;

import java.util.ArrayList;
import java.util.List;
import koru.extract.HostProc;

/**
 * A proc's Java body as it goes into the generated method: its lines without the blank lines
 * around them and without their common indentation, each with the offset in the {@code .kz} file
 * where the kept text starts.
 */
record ProcBody(List<String> lines, List<Integer> sourceOffsets) {
    static ProcBody of(HostProc proc) {
        List<String> lines = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        String text = proc.text();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(text.substring(start, end).stripTrailing());
            offsets.add(proc.body().start() + start);
            start = end + 1;
        }
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        int last = lines.size();
        while (last > first && lines.get(last - 1).isBlank()) {
            last--;
        }
        List<String> kept = lines.subList(first, last);
        int common = kept.stream().filter(line -> !line.isBlank()).mapToInt(ProcBody::indentation).min().orElse(0);
        List<String> dedented = kept.stream().map(line -> line.isBlank() ? "" : line.substring(common)).toList();
        List<Integer> keptOffsets = offsets.subList(first, last).stream().map(offset -> offset + common).toList();
        return new ProcBody(dedented, keptOffsets);
    }

    private static int indentation(String line) {
        int spaces = 0;
        while (spaces < line.length() && Character.isWhitespace(line.charAt(spaces))) {
            spaces++;
        }
        return spaces;
    }
}
