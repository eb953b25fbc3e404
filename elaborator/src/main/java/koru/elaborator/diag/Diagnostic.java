package koru.elaborator.diag;

import java.util.List;
import java.util.Optional;
import koru.elaborator.source.Span;

/**
 * One finding about the user's program: a code, a message in the user's terms, the primary span
 * the caret goes under, an optional label printed beside the caret, context notes (printed as
 * {@code = note}) and one actionable hint.
 */
public record Diagnostic(
        Severity severity,
        Code code,
        String message,
        Span span,
        Optional<String> label,
        List<String> notes,
        Optional<String> hint) {

    public Diagnostic {
        notes = List.copyOf(notes);
    }

    public static Diagnostic error(Code code, Span span, String message) {
        return new Diagnostic(Severity.ERROR, code, message, span, Optional.empty(), List.of(), Optional.empty());
    }

    public static Diagnostic warning(Code code, Span span, String message) {
        return new Diagnostic(Severity.WARNING, code, message, span, Optional.empty(), List.of(), Optional.empty());
    }

    public Diagnostic withHint(String hint) {
        return new Diagnostic(severity, code, message, span, label, notes, Optional.of(hint));
    }

    public Diagnostic withLabel(String label) {
        return new Diagnostic(severity, code, message, span, Optional.of(label), notes, hint);
    }

    public Diagnostic withNote(String note) {
        var more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Diagnostic(severity, code, message, span, label, more, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Orders diagnostics as the user reads them: by file, then by position, then by code. */
    public static final java.util.Comparator<Diagnostic> READING_ORDER = java.util.Comparator
            .comparing((Diagnostic d) -> d.span().file().displayPath())
            .thenComparingInt(d -> d.span().start())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);
}
