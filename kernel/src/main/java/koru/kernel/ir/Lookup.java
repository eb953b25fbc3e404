// Trusted: a name resolves to the first type or event declared with it, and a type's fields are exactly those it declares.
package koru.kernel.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.Payload;
import koru.kernel.ir.Program.TypeDecl;
import koru.kernel.ir.Program.TypeDecl.EnumType;
import koru.kernel.ir.Program.TypeDecl.RecordType;

/**
 * A program's declarations by name, as the re-check and obligation generation both look them up.
 * A name declared twice is the re-check's to refuse; here the first declaration wins.
 */
public final class Lookup {
    private final Map<String, TypeDecl> types = new HashMap<>();
    private final Map<String, Event> events = new HashMap<>();

    public Lookup(Program program) {
        program.types().forEach(type -> types.putIfAbsent(type.name(), type));
        program.events().forEach(event -> events.putIfAbsent(event.name(), event));
    }

    public Optional<RecordType> record(String name) {
        return types.get(name) instanceof RecordType record ? Optional.of(record) : Optional.empty();
    }

    public Optional<EnumType> enumeration(String name) {
        return types.get(name) instanceof EnumType enumeration ? Optional.of(enumeration) : Optional.empty();
    }

    public Optional<Event> event(String name) {
        return Optional.ofNullable(events.get(name));
    }

    public static Optional<Branch> branch(Event event, String name) {
        return event.branches().stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** The type a handler binds or a constructor takes for {@code branch}; none without a payload. */
    public static Optional<Ty> payloadType(Event event, Branch branch) {
        return switch (branch.payload()) {
            case Payload.None none -> Optional.empty();
            case Payload.One one -> Optional.of(one.type());
            case Payload.Fields fields -> Optional.of(new Ty.Payload(event.name(), branch.name()));
        };
    }

    /**
     * The branch {@code running} of an event a {@link Node.Spawn} may name: one of {@code std.rt:spawn}'s
     * shape, with no inputs, no contract, a payload-less branch {@code task} and a branch {@code running}
     * with one value, the handle. None for an event of any other shape.
     */
    public static Optional<Branch> spawnHandle(Event event) {
        List<Branch> branches = event.branches();
        boolean shaped = event.inputs().isEmpty() && event.pre().isEmpty() && branches.size() == 2
                && branches.stream().allMatch(b -> b.post().isEmpty() && !b.optional())
                && branches.get(0).name().equals("task") && branches.get(0).payload() instanceof Payload.None
                && branches.get(1).name().equals("running") && branches.get(1).payload() instanceof Payload.One;
        return shaped ? Optional.of(branches.get(1)) : Optional.empty();
    }

    /** The fields of a record or struct payload type; none for any other type. */
    public Optional<List<Field>> fieldsOf(Ty type) {
        return switch (type) {
            case Ty.Record r -> record(r.name()).map(RecordType::fields);
            case Ty.Payload p -> event(p.event()).flatMap(e -> branch(e, p.branch()))
                    .flatMap(b -> b.payload() instanceof Payload.Fields f ? Optional.of(f.fields()) : Optional.empty());
            default -> Optional.empty();
        };
    }
}
