// Trusted: a value brought into a body's scope brings every capability it holds, and nothing else, as one the body received.
package koru.kernel.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Ty;

/**
 * A capability a body received (B4): of capability type {@code type}, in scope on a path as an
 * input of the event the body implements, a handler's payload, or a field nested inside one of them.
 * A capability record literal on that path must be narrowed from one of these.
 */
record Received(String type, Val.Fields value) {

    /** The capabilities inside {@code value} of type {@code type}: itself if it is one, and those in its fields. */
    static List<Received> in(Ty type, Val value, Lookup lookup) {
        List<Received> capabilities = new ArrayList<>();
        if (value instanceof Val.Fields fields) {
            if (type instanceof Ty.Record r && lookup.record(r.name()).orElseThrow().capability()) {
                capabilities.add(new Received(r.name(), fields));
            }
            for (Field field : lookup.fieldsOf(type).orElseThrow()) {
                capabilities.addAll(in(field.type(), fields.field(field.name()), lookup));
            }
        }
        return capabilities;
    }

    /** Whether a value of {@code type} can hold a capability: it is one, or a field of it can ({@code seen}: records on the way). */
    static boolean canHold(Ty type, Lookup lookup, Set<Ty> seen) {
        return seen.add(type) && (type instanceof Ty.Record r && lookup.record(r.name()).orElseThrow().capability()
                || lookup.fieldsOf(type).orElse(List.of()).stream().anyMatch(field -> canHold(field.type(), lookup, seen)));
    }
}
