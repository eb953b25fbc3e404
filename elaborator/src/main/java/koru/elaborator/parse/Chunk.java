package koru.elaborator.parse;

import java.util.List;
import koru.elaborator.source.Span;

/** A piece of a source file as the Layout pass cut it: a host line, a construct, a proc, or a test block. */
sealed interface Chunk {

    /** A line of host (Java) text. */
    record Host(Span line) implements Chunk {
    }

    /** A Koru construct: from the start of its {@code ~} line to the end of its last continuation line. */
    record Construct(Span text) implements Chunk {
    }

    /** {@code ~proc …}: the header up to the body's opening brace, and the opaque body between the braces. */
    record Proc(Span header, Span body, Span whole) implements Chunk {
    }

    /** {@code ~test(title) { … }}: the title and the chunks inside the block. */
    record Test(Span title, List<Chunk> body, Span whole) implements Chunk {
        public Test {
            body = List.copyOf(body);
        }
    }
}
