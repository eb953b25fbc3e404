package koru.elaborator.ast;

import java.util.List;
import koru.elaborator.source.SourceFile;

/** The parsed form of one source file: its items in source order. */
public record SourceUnit(SourceFile file, Kind kind, List<Item> items) {
    public SourceUnit {
        items = List.copyOf(items);
    }

    /** Which of the three source kinds of LANGUAGE.md A1 the file is. */
    public enum Kind {
        /** {@code .kz}: Koru and host code. */
        PROGRAM,
        /** {@code .k}: the module's contract file (public events and their types only). */
        CONTRACT,
        /** {@code .kjava}: procs whose host is Java. */
        VARIANTS;

        public static Kind ofFileName(String name) {
            if (name.endsWith(".k")) {
                return CONTRACT;
            }
            if (name.endsWith(".kjava")) {
                return VARIANTS;
            }
            return PROGRAM;
        }
    }
}
