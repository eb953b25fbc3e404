package koru.kernel.interp;

import java.util.List;
import java.util.Optional;
import koru.kernel.ir.Origin;

/**
 * Runs, for the reference interpreter, the events it has no Core IR body for: events implemented by
 * Java procs and the standard library's host events ({@code std.io:print}, {@code std.rt:*}). The
 * interpreter checks the event's precondition before it asks, and runs the handler of the branch the
 * host answers; a host that cannot run an event answers {@link Ended.Fault} saying so.
 */
@FunctionalInterface
public interface Host {
    /**
     * Runs {@code event} (its canonical name, {@code module:path}) on {@code args} (in the event's
     * input order) and says how it ended. A void event answers a {@link Ended.Branch} whose name is
     * ignored.
     */
    Ended call(String event, List<Value> args);

    /**
     * The answer to the call of {@code event} at {@code at}, if that call is the host's to run whatever body the
     * interpreter has for the event: a call that names a variant ({@code ~clamp|branchless(…)}), which a build runs
     * as named. Empty (the default) lets the interpreter go on as usual: a mock, else the subflow, else {@link #call}.
     */
    default Optional<Ended> callAt(Origin at, String event, List<Value> args) {
        return Optional.empty();
    }
}
