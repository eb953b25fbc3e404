package koru.elaborator.types;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an expression can see: names with their types, the input record {@code in} (only in a
 * branch's {@code where}), whether it is a contract (where {@code ==>} is allowed and integers
 * are unbounded), and whether it is a declaration's contract ({@code where} of an event, a branch or
 * a type), whose unknown names no flow check sees, so the typer reports them.
 */
record Scope(Map<String, Type> names, Optional<Type.Fields> in, boolean contract, boolean declaration) {
    Scope {
        names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    static Scope body(Map<String, Type> names) {
        return new Scope(names, Optional.empty(), false, false);
    }

    static Scope contract(Map<String, Type> names, Optional<Type.Fields> in) {
        return new Scope(names, in, true, true);
    }

    Optional<Type> lookup(String name) {
        return Optional.ofNullable(names.get(name));
    }

    /** This scope and {@code name}; {@code _} binds nothing. */
    Scope with(String name, Type type) {
        if (name.equals("_")) {
            return this;
        }
        Map<String, Type> more = new LinkedHashMap<>(names);
        more.put(name, type);
        return new Scope(more, in, contract, declaration);
    }

    Scope withAll(Map<String, Type> more) {
        Map<String, Type> all = new LinkedHashMap<>(names);
        all.putAll(more);
        return new Scope(all, in, contract, declaration);
    }

    /** A contract inside a body (a loop invariant): its names are the flow checks' to resolve. */
    Scope asContract() {
        return new Scope(names, in, true, false);
    }
}
