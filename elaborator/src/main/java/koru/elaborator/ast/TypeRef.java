package koru.elaborator.ast;

import java.util.List;
import koru.elaborator.source.Span;

/** A type as written in a field, a payload or a record declaration. */
public sealed interface TypeRef {
    Span span();

    /** {@code u64}, {@code Ledger}, {@code mod:T}, {@code Map<K, V>}, a host type like {@code BufferedReader}. */
    record Named(QualifiedName name, List<TypeRef> arguments, Span span) implements TypeRef {
        public Named {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code []const T} or {@code []T}: an immutable list ({@code []const u8} is text). */
    record Slice(boolean constant, TypeRef element, Span span) implements TypeRef {
    }

    /** {@code *H}: a reference to a host object. */
    record Pointer(TypeRef target, Span span) implements TypeRef {
    }

    /** {@code T[state]}: a type carrying a phantom state. */
    record Stated(TypeRef base, Phantom state, Span span) implements TypeRef {
    }
}
