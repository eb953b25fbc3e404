package koru.elaborator.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Phantom;
import koru.elaborator.ast.TypeRef;
import koru.elaborator.resolve.Canonical;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Program;

/**
 * Reads the phantom annotations of event declarations (LANGUAGE.md A7): which payload keys a
 * branch issues obligations on, which states an input discharges, and the base type a state sits
 * on. States are canonicalised to {@code module:state}, unqualified ones to the event's module.
 */
public final class PhantomStates {
    private PhantomStates() {
    }

    /** An issued state on one binding key suffix ({@code ""} for an identity payload, {@code "f"} for field f). */
    public record Issued(Canonical state, String baseType) {
    }

    /** The obligations {@code branch} of {@code event} issues, by key suffix, in declaration order. */
    public static Map<String, Issued> issuedBy(Program program, EventSymbol event, BranchDecl branch) {
        Map<String, Issued> issued = new LinkedHashMap<>();
        switch (branch.payload()) {
            case Payload.Identity identity -> issuedState(program, event, identity.type())
                    .ifPresent(state -> issued.put("", state));
            case Payload.Struct struct -> struct.fields().forEach(field -> issuedState(program, event, field.type())
                    .ifPresent(state -> issued.put(field.name(), state)));
            case Payload.None none -> { }
        }
        return issued;
    }

    private static Optional<Issued> issuedState(Program program, EventSymbol event, TypeRef type) {
        if (type instanceof TypeRef.Stated stated && stated.state() instanceof Phantom.State state && state.issues()) {
            return Optional.of(new Issued(canonical(event, state), baseTypeOf(program, event, stated.base())));
        }
        return Optional.empty();
    }

    /**
     * The states an input discharges: {@code [!s]} discharges {@code s}; a union with at least one
     * {@code !} member discharges whichever member is passed. Empty when the input discharges nothing.
     */
    public static Set<Canonical> dischargedBy(EventSymbol event, Field input) {
        if (!(input.type() instanceof TypeRef.Stated stated)) {
            return Set.of();
        }
        return switch (stated.state()) {
            case Phantom.State state -> state.discharges() ? Set.of(canonical(event, state)) : Set.of();
            case Phantom.Union union -> union.members().stream().anyMatch(Phantom.State::discharges)
                    ? union.members().stream().map(m -> canonical(event, m)).collect(Collectors.toUnmodifiableSet())
                    : Set.of();
            case Phantom.Variable variable -> Set.of();
        };
    }

    /** The base type (without its state) of an input, as compared by auto-discharge. */
    public static String baseTypeOf(Program program, EventSymbol event, Field input) {
        TypeRef type = input.type() instanceof TypeRef.Stated stated ? stated.base() : input.type();
        return baseTypeOf(program, event, type);
    }

    /** {@code module:state}; an unqualified state belongs to the module declaring the event. */
    public static Canonical canonical(EventSymbol event, Phantom.State state) {
        return new Canonical(state.module().orElse(event.module().name()), state.name());
    }

    /** A span-free rendering of a type; {@code ~type} names are qualified by their module. */
    static String baseTypeOf(Program program, EventSymbol event, TypeRef type) {
        return switch (type) {
            case TypeRef.Named named -> {
                String name = program.resolveType(event.module(), named.name())
                        .map(symbol -> symbol.name().toString()).orElse(named.name().toString());
                yield named.arguments().isEmpty() ? name : name + named.arguments().stream()
                        .map(argument -> baseTypeOf(program, event, argument)).collect(Collectors.joining(", ", "<", ">"));
            }
            case TypeRef.Slice slice -> (slice.constant() ? "[]const " : "[]") + baseTypeOf(program, event, slice.element());
            case TypeRef.Pointer pointer -> "*" + baseTypeOf(program, event, pointer.target());
            case TypeRef.Stated stated -> baseTypeOf(program, event, stated.base());
        };
    }

    /** The input an argument fills: by name, or by position for positional arguments. */
    public static Optional<Field> inputOf(EventSymbol callee, List<Arg> arguments, int index) {
        Arg argument = arguments.get(index);
        if (argument.name().isPresent()) {
            return callee.decl().inputs().stream().filter(f -> f.name().equals(argument.name().get())).findFirst();
        }
        return index < callee.decl().inputs().size() ? Optional.of(callee.decl().inputs().get(index)) : Optional.empty();
    }

    /** The binding key an argument names: {@code x} for {@code x}, {@code x.f} for {@code x.f}; else empty. */
    public static Optional<String> keyOf(Expr value) {
        return switch (value) {
            case Expr.Ref ref when ref.module().isEmpty() -> Optional.of(ref.name());
            case Expr.Member member when member.target() instanceof Expr.Ref ref && ref.module().isEmpty() ->
                    Optional.of(ref.name() + "." + member.name());
            default -> Optional.empty();
        };
    }

    /** The phantom states written anywhere inside a type, outermost first. */
    static List<Phantom> of(TypeRef type) {
        List<Phantom> found = new ArrayList<>();
        collect(type, found);
        return found;
    }

    private static void collect(TypeRef type, List<Phantom> found) {
        switch (type) {
            case TypeRef.Named named -> named.arguments().forEach(argument -> collect(argument, found));
            case TypeRef.Slice slice -> collect(slice.element(), found);
            case TypeRef.Pointer pointer -> collect(pointer.target(), found);
            case TypeRef.Stated stated -> {
                found.add(stated.state());
                collect(stated.base(), found);
            }
        }
    }

    /** The single states of a phantom: itself, or a union's members; a state variable has none. */
    static List<Phantom.State> statesOf(Phantom phantom) {
        return switch (phantom) {
            case Phantom.State state -> List.of(state);
            case Phantom.Union union -> union.members();
            case Phantom.Variable variable -> List.of();
        };
    }
}
