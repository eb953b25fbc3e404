package koru.elaborator.ast;

import java.util.List;
import java.util.Optional;
import koru.elaborator.source.Span;

/** One top-level construct of a source file, or a line of host text between them (LANGUAGE.md A1). */
public sealed interface Item {
    Span span();

    /** A line of Java kept verbatim for the module's generated class. */
    record HostLine(String text, Span span) implements Item {
    }

    /** {@code ~[flag]} alone on a line: annotates the module. */
    record ModuleAnnotation(List<Annotation> annotations, Span span) implements Item {
        public ModuleAnnotation {
            annotations = List.copyOf(annotations);
        }
    }

    /** {@code ~import "$alias/path"}; with annotations it is conditional on {@code --flag}. */
    record Import(List<Annotation> annotations, String path, Span pathSpan, Span span) implements Item {
        public Import {
            annotations = List.copyOf(annotations);
        }
    }

    /** {@code ~[ann] pub event name { inputs } [where P]} and its branch lines. */
    record Event(
            List<Annotation> annotations,
            boolean isPublic,
            QualifiedName name,
            List<Field> inputs,
            Optional<Expr> where,
            List<BranchDecl> branches,
            Span span) implements Item {
        public Event {
            annotations = List.copyOf(annotations);
            inputs = List.copyOf(inputs);
            branches = List.copyOf(branches);
        }

        public boolean isVoid() {
            return branches.isEmpty();
        }
    }

    /**
     * {@code ~proc event|host(variant) { body }}. {@code host} is what follows {@code |} (only
     * {@code java} is a host); {@code variant} is the parenthesised name. The body is opaque text.
     */
    record Proc(
            List<Annotation> annotations,
            QualifiedName event,
            Optional<String> host,
            Optional<String> variant,
            String body,
            Span bodySpan,
            Span span) implements Item {
        public Proc {
            annotations = List.copyOf(annotations);
        }
    }

    /** {@code ~event = body}: the pure Koru implementation of an event (a mock inside a test). */
    record Subflow(List<Annotation> annotations, QualifiedName event, Step body, Span span) implements Item {
        public Subflow {
            annotations = List.copyOf(annotations);
        }
    }

    /** A top-level flow: {@code ~event(args)} with its continuations. */
    record Flow(List<Annotation> annotations, Step body, Span span) implements Item {
        public Flow {
            annotations = List.copyOf(annotations);
        }
    }

    /** {@code ~type Name { fields } [where P]} or {@code ~type Name = a | b}. */
    record Type(List<Annotation> annotations, String name, Span nameSpan, TypeBody body, Span span) implements Item {
        public Type {
            annotations = List.copyOf(annotations);
        }
    }

    /** {@code ~tap(source -> destination)} with its (non-exhaustive) handlers. */
    record Tap(TapEndpoint source, Optional<TapEndpoint> destination, List<Handler> handlers, Span span)
            implements Item {
        public Tap {
            handlers = List.copyOf(handlers);
        }
    }

    /** {@code ~test(free text) { mocks, then one flow }}. */
    record Test(String title, Span titleSpan, List<Item> body, Span span) implements Item {
        public Test {
            body = List.copyOf(body);
        }
    }

    /** The body of a {@code ~type}. */
    sealed interface TypeBody {
        record Record(List<Field> fields, Optional<Expr> where) implements TypeBody {
            public Record {
                fields = List.copyOf(fields);
            }
        }

        record Enum(List<EnumValue> values) implements TypeBody {
            public Enum {
                values = List.copyOf(values);
            }
        }
    }

    record EnumValue(String name, Span span) {
    }

    /** One side of a tap: {@code *}, {@code event}, {@code module:event}, or a glob like {@code file.*}. */
    record TapEndpoint(String pattern, Span span) {
    }
}
