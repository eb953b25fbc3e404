package koru.proptest.tests;

import java.util.List;
import koru.extract.variants.LoadedProgram;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Host;
import koru.kernel.interp.Value;

/**
 * The interpreter's {@link Host} for one run of a {@code ~test}: an event the {@link Combination}
 * chose a compiled implementation for runs that one; any other event the interpreter has no body for
 * runs its default implementation, as in a build.
 */
record VariantHost(LoadedProgram loaded, Combination combination) implements Host {
    @Override
    public Ended call(String event, List<Value> args) {
        return combination.choices().stream().filter(choice -> choice.event().equals(event) && !choice.variant().equals(TestMatrix.INTERPRETER))
                .findFirst()
                .map(choice -> loaded.run(event, choice.variant(), args))
                .orElseGet(() -> loaded.host().call(event, args));
    }
}
