package koru.elaborator.lower;

import java.util.Optional;
import koru.elaborator.ast.Phantom;
import koru.elaborator.source.Span;
import koru.elaborator.types.Type;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Origin;
import koru.kernel.ir.State;
import koru.kernel.ir.Ty;

/** Maps the elaborator's types, phantom states and spans to their Core IR counterparts. */
final class CoreTypes {
    private CoreTypes() {
    }

    /**
     * The Core IR type of a value of {@code type}. A struct payload has no type of its own (its
     * binding is {@link Ty.Payload}, which the caller knows), and an error-free program has no
     * {@link Type.Unknown}: meeting either is a bug of the elaborator, not of the program.
     */
    static Ty of(Type type) {
        return switch (type) {
            case Type.Int integer -> new Ty.Int(IntKind.valueOf(integer.kind().name()));
            case Type.Bool bool -> Ty.BOOL;
            case Type.F32 single -> Ty.FLOAT;
            case Type.F64 twice -> Ty.FLOAT;
            case Type.Text text -> Ty.TEXT;
            case Type.ListOf list -> new Ty.ListOf(of(list.element()));
            case Type.MapOf map -> new Ty.MapOf(of(map.key()), of(map.value()));
            case Type.SetOf set -> new Ty.SetOf(of(set.element()));
            case Type.Record record -> new Ty.Record(record.symbol().name().toString());
            case Type.Enum enumeration -> new Ty.Enum(enumeration.symbol().name().toString());
            case Type.Host host -> new Ty.Host(host.name());
            case Type.Fields fields -> throw new IllegalStateException("a struct payload " + fields.display() + " has no type of its own");
            case Type.Unknown unknown -> throw new IllegalStateException("an untyped value in an error-free program");
        };
    }

    /**
     * The state written on a field, canonicalised to {@code module:state}; an unqualified state
     * belongs to {@code module}, the one declaring the event or type (as {@code PhantomStates} reads it).
     */
    static State of(Phantom phantom, String module) {
        return switch (phantom) {
            case Phantom.State state -> new State.Is(canonical(state, module),
                    state.issues() ? State.Mark.ISSUES : state.discharges() ? State.Mark.DISCHARGES : State.Mark.NONE);
            case Phantom.Union union -> new State.AnyOf(union.members().stream().map(m -> canonical(m, module)).toList(),
                    union.members().stream().anyMatch(Phantom.State::discharges));
            case Phantom.Variable variable -> new State.Variable(variable.name(),
                    variable.allowed().stream().map(s -> s.contains(":") ? s : module + ":" + s).toList());
        };
    }

    private static String canonical(Phantom.State state, String module) {
        return state.module().orElse(module) + ":" + state.name();
    }

    static Optional<State> of(Optional<Phantom> phantom, String module) {
        return phantom.map(p -> of(p, module));
    }

    static Origin origin(Span span) {
        return new Origin(span.file().displayPath(), span.start(), span.end());
    }
}
