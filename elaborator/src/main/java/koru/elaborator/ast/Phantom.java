package koru.elaborator.ast;

import java.util.List;
import java.util.Optional;
import koru.elaborator.source.Span;

/** The bracketed phantom state of a type (LANGUAGE.md A7). */
public sealed interface Phantom {
    Span span();

    /**
     * {@code [opened]}, {@code [fs:open]}; {@code [!opened]} discharges an obligation (on inputs),
     * {@code [opened!]} issues one (on outputs). Both marks at once is malformed (KORU033).
     */
    record State(Optional<String> module, String name, boolean discharges, boolean issues, Span span)
            implements Phantom {
    }

    /** {@code [open|closing]}: any of the members (inputs only). */
    record Union(List<State> members, Span span) implements Phantom {
        public Union {
            members = List.copyOf(members);
        }
    }

    /** {@code [M'_]} (any state) or {@code [M'owned|borrowed]} (one of the listed states). */
    record Variable(String name, List<String> allowed, Span span) implements Phantom {
        public Variable {
            allowed = List.copyOf(allowed);
        }

        public boolean acceptsAny() {
            return allowed.isEmpty();
        }
    }
}
