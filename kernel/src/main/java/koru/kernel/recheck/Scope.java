package koru.kernel.recheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Ty;

/**
 * Guarantees: an expression checked in a scope may name only its variables, may read {@code in.f}
 * only when {@code in} (the event of a branch postcondition) is present, and may use {@code ==>}
 * only when it is a contract. A scope's map is its own: {@link #with} binds into a copy, and nothing else writes to it.
 */
record Scope(Map<String, Ty> vars, Optional<Event> in, boolean contract) {
    static final Scope CODE = new Scope(Map.of(), Optional.empty(), false);

    static Scope contract(Optional<Event> in) {
        return new Scope(Map.of(), in, true);
    }

    Scope asContract() {
        return new Scope(vars, Optional.empty(), true);
    }

    Optional<Ty> lookup(String name) {
        return Optional.ofNullable(vars.get(name));
    }

    /** This scope with {@code fields} bound by name, each hiding a variable of that name (the re-check refuses what may not hide). */
    Scope with(List<Field> fields) {
        Map<String, Ty> wider = new HashMap<>(vars);
        fields.forEach(field -> wider.put(field.name(), field.type()));
        return new Scope(wider, in, contract);
    }
}
