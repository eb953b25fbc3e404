package koru.kernel.interp;

import java.util.List;

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
}
