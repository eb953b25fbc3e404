package koru.kernel.recheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.Payload;
import koru.kernel.ir.Program.TypeDecl.EnumType;
import koru.kernel.ir.Program.TypeDecl.RecordType;
import koru.kernel.ir.Ty;

/** Guarantees: each type and event name resolves to its one declaration; a name declared twice is reported. */
final class Names {
    private final Map<String, RecordType> records = new HashMap<>();
    private final Map<String, EnumType> enums = new HashMap<>();
    private final Map<String, Event> events = new HashMap<>();

    Names(Program program, List<IrError> errors) {
        for (Program.TypeDecl type : program.types()) {
            boolean fresh = switch (type) {
                case RecordType r -> !enums.containsKey(r.name()) && records.putIfAbsent(r.name(), r) == null;
                case EnumType e -> !records.containsKey(e.name()) && enums.putIfAbsent(e.name(), e) == null;
            };
            if (!fresh) {
                errors.add(new IrError("type " + type.name() + " is declared twice", origin(type)));
            }
        }
        for (Event event : program.events()) {
            if (events.putIfAbsent(event.name(), event) != null) {
                errors.add(new IrError("event " + event.name() + " is declared twice", event.origin()));
            }
        }
    }

    Optional<RecordType> record(String name) {
        return Optional.ofNullable(records.get(name));
    }

    Optional<EnumType> enumeration(String name) {
        return Optional.ofNullable(enums.get(name));
    }

    Optional<Event> event(String name) {
        return Optional.ofNullable(events.get(name));
    }

    static Optional<Branch> branch(Event event, String name) {
        return event.branches().stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** The type a handler binds or a constructor takes for {@code branch}; none without a payload. */
    static Optional<Ty> payloadType(Event event, Branch branch) {
        return switch (branch.payload()) {
            case Payload.None none -> Optional.empty();
            case Payload.One one -> Optional.of(one.type());
            case Payload.Fields fields -> Optional.of(new Ty.Payload(event.name(), branch.name()));
        };
    }

    /** The fields of a record or struct payload type; none for any other type. */
    Optional<List<Field>> fieldsOf(Ty type) {
        return switch (type) {
            case Ty.Record r -> record(r.name()).map(RecordType::fields);
            case Ty.Payload p -> event(p.event()).flatMap(e -> branch(e, p.branch()))
                    .flatMap(b -> b.payload() instanceof Payload.Fields f ? Optional.of(f.fields()) : Optional.empty());
            default -> Optional.empty();
        };
    }

    /** Whether every name in {@code type} is declared, and map values are integers, bools or text (Part D). */
    boolean wellFormed(Ty type) {
        return switch (type) {
            case Ty.Record r -> records.containsKey(r.name());
            case Ty.Enum e -> enums.containsKey(e.name());
            case Ty.Payload p -> fieldsOf(p).isPresent();
            case Ty.ListOf l -> wellFormed(l.element());
            case Ty.SetOf s -> wellFormed(s.element());
            case Ty.MapOf m -> wellFormed(m.key())
                    && (m.value() instanceof Ty.Int || m.value() instanceof Ty.Bool || m.value() instanceof Ty.Text);
            default -> true;
        };
    }

    static String show(Ty type) {
        return switch (type) {
            case Ty.Int i -> i.kind().name().toLowerCase(java.util.Locale.ROOT);
            case Ty.Bool b -> "bool";
            case Ty.Text t -> "str";
            case Ty.Float f -> "float";
            case Ty.ListOf l -> "[]" + show(l.element());
            case Ty.MapOf m -> "Map<" + show(m.key()) + ", " + show(m.value()) + ">";
            case Ty.SetOf s -> "Set<" + show(s.element()) + ">";
            case Ty.Record r -> r.name();
            case Ty.Enum e -> e.name();
            case Ty.Payload p -> p.event() + " | " + p.branch();
            case Ty.Host h -> h.name();
        };
    }

    private static koru.kernel.ir.Origin origin(Program.TypeDecl type) {
        return switch (type) {
            case RecordType r -> r.origin();
            case EnumType e -> e.origin();
        };
    }
}
