package koru.extract.java;

import java.util.List;
import java.util.Optional;
import koru.extract.HostProc;
import koru.kernel.ir.Origin;

/**
 * Where a proc's body landed in a generated file: its lines start at {@code firstLine} (1-based),
 * indented by {@code indent} more than in the source after the source's common indentation was
 * removed; {@code sourceOffsets} holds where each of those lines (without that common indentation)
 * starts in the {@code .kz} file. This is how javac's errors in a body are shown at the proc's lines.
 */
public record ProcRegion(HostProc proc, int firstLine, int indent, List<Integer> sourceOffsets) {
    public ProcRegion {
        sourceOffsets = List.copyOf(sourceOffsets);
    }

    /** The source position of generated {@code line} and {@code column} (both 1-based), if they are in this body. */
    public Optional<Origin> originOf(long line, long column) {
        int index = (int) (line - firstLine);
        if (index < 0 || index >= sourceOffsets.size()) {
            return Optional.empty();
        }
        int start = sourceOffsets.get(index) + (int) Math.max(0, column - 1 - indent);
        return Optional.of(new Origin(proc.body().file(), start, start + 1));
    }
}
