package koru.kernel.ir;

import java.util.List;

/**
 * The phantom state a field's value carries or requires (LANGUAGE.md A7), states canonicalised
 * to {@code module:state}. On an output, {@link Mark#ISSUES} creates an obligation; on an input,
 * {@link Mark#DISCHARGES} ends one.
 */
public sealed interface State {
    enum Mark {
        NONE, ISSUES, DISCHARGES
    }

    record Is(String state, Mark mark) implements State {
    }

    /** Inputs only: any of the states; discharges whichever was passed when {@code discharges}. */
    record AnyOf(List<String> states, boolean discharges) implements State {
        public AnyOf {
            states = List.copyOf(states);
        }
    }

    /** {@code M'_} (empty: any state) or {@code M'a|b}: the value's state, whatever it is, flows through. */
    record Variable(String name, List<String> allowed) implements State {
        public Variable {
            allowed = List.copyOf(allowed);
        }
    }
}
