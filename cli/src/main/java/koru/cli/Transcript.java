package koru.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;
import koru.elaborator.diag.Diagnostic;

/**
 * What {@code koru verify} tells the user on stderr, kept as well without colour for {@code --report
 * text=FILE}, so that the file holds exactly what the terminal showed (the same renderer, {@code -q}
 * and {@code --format} included).
 */
final class Transcript {
    private final ProgramOptions options;
    private final StringWriter plain = new StringWriter();
    private final PrintWriter plainOut = new PrintWriter(plain);

    Transcript(ProgramOptions options) {
        this.options = options;
    }

    /** The output of one program, to {@code err} in {@code palette} and to the plain copy. */
    Program of(Palette palette, PrintWriter err) {
        return new Program(palette, err);
    }

    /** Everything so far, without colour. */
    String plainText() {
        plainOut.flush();
        return plain.toString();
    }

    final class Program {
        private final Palette palette;
        private final PrintWriter err;

        private Program(Palette palette, PrintWriter err) {
            this.palette = palette;
            this.err = err;
        }

        void diagnostics(List<Diagnostic> diagnostics) {
            options.render(diagnostics, palette, err);
            options.render(diagnostics, Palette.PLAIN, plainOut);
        }

        /** A line made for a palette ({@code error:} is coloured on a terminal). */
        void line(Function<Palette, String> line) {
            err.println(line.apply(palette));
            plainOut.println(line.apply(Palette.PLAIN));
        }
    }
}
