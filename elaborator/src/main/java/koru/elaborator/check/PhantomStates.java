package koru.elaborator.check;

import java.util.ArrayList;
import java.util.List;
import koru.elaborator.ast.Phantom;
import koru.elaborator.ast.TypeRef;

/** The phantom states written anywhere inside a type, outermost first. */
final class PhantomStates {
    private PhantomStates() {
    }

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
