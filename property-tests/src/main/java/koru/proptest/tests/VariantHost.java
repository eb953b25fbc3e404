package koru.proptest.tests;

import java.util.List;
import java.util.Optional;
import koru.extract.variants.LoadedProgram;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Host;
import koru.kernel.interp.Value;
import koru.kernel.ir.Origin;

/**
 * The interpreter's {@link Host} for one run of a {@code ~test}: an event the {@link Combination}
 * chose a compiled implementation for runs that one; any other event the interpreter has no body for
 * runs its default implementation, as in a build; a call that names a variant runs that variant.
 */
record VariantHost(LoadedProgram loaded, Combination combination) implements Host {
    @Override
    public Ended call(String event, List<Value> args) {
        return combination.choices().stream().filter(choice -> choice.event().equals(event) && !choice.variant().equals(TestMatrix.INTERPRETER))
                .findFirst()
                .map(choice -> loaded.run(event, choice.variant(), args))
                .orElseGet(() -> loaded.host().call(event, args));
    }

    /** A call that names a variant runs it, whatever the combination chose for its event. */
    @Override
    public Optional<Ended> callAt(Origin at, String event, List<Value> args) {
        return loaded.host().callAt(at, event, args);
    }
}
