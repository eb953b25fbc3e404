package koru.elaborator.types;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import koru.elaborator.resolve.TypeSymbol;

/**
 * A Koru/J type as LANGUAGE.md B1 defines it: what a field, a payload, a binding or an expression
 * denotes once names are resolved. Phantom states are not part of a type; {@link TypeTable} keeps
 * them beside it.
 */
public sealed interface Type {

    /** How users write the type in a message: {@code u64}, {@code Map<u64, u64>}, {@code Ledger}. */
    String display();

    record Int(IntKind kind) implements Type {
        public String display() {
            return kind.keyword();
        }
    }

    record Bool() implements Type {
        public String display() {
            return "bool";
        }
    }

    record F32() implements Type {
        public String display() {
            return "f32";
        }
    }

    record F64() implements Type {
        public String display() {
            return "f64";
        }
    }

    /** {@code []const u8}, also written {@code str}. */
    record Text() implements Type {
        public String display() {
            return "[]const u8";
        }
    }

    /** {@code []T} and {@code []const T} (other than text): an immutable list. */
    record ListOf(Type element) implements Type {
        public String display() {
            return "[]" + element.display();
        }
    }

    record MapOf(Type key, Type value) implements Type {
        public String display() {
            return "Map<" + key.display() + ", " + value.display() + ">";
        }
    }

    record SetOf(Type element) implements Type {
        public String display() {
            return "Set<" + element.display() + ">";
        }
    }

    /** A {@code ~type Name { … }}; two record types are equal when they are the same declaration. */
    record Record(TypeSymbol symbol) implements Type {
        public String display() {
            return symbol.decl().name();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Record record && record.symbol.name().equals(symbol.name());
        }

        @Override
        public int hashCode() {
            return symbol.name().hashCode();
        }
    }

    /** A {@code ~type Name = a | b}. */
    record Enum(TypeSymbol symbol) implements Type {
        public String display() {
            return symbol.decl().name();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Enum e && e.symbol.name().equals(symbol.name());
        }

        @Override
        public int hashCode() {
            return symbol.name().hashCode();
        }
    }

    /** Any other type name: a Java type, opaque, compared by its name. */
    record Host(String name) implements Type {
        public String display() {
            return name;
        }
    }

    /**
     * The payload of a struct branch or the input record {@code in}: named fields in declaration
     * order. It is not a type users can write; it is what such a binding's fields are.
     */
    record Fields(Map<String, Type> fields) implements Type {
        public Fields {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public String display() {
            return fields.entrySet().stream().map(f -> f.getKey() + ": " + f.getValue().display())
                    .collect(Collectors.joining(", ", "{ ", " }"));
        }
    }

    /**
     * The type of something already reported as wrong (or unresolvable for a reason another pass
     * reports): it is accepted everywhere, so one mistake is reported once.
     */
    record Unknown() implements Type {
        public String display() {
            return "?";
        }
    }

    Type BOOL = new Bool();
    Type TEXT = new Text();
    Type UNKNOWN = new Unknown();

    static Type integer(IntKind kind) {
        return new Int(kind);
    }
}
