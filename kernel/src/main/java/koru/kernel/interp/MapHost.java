package koru.kernel.interp;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A {@link Host} from a table of events to Java functions; an event not in it is a fault. For tests, and for hosts built by hand. */
public record MapHost(Map<String, Function<List<Value>, Ended>> procs) implements Host {
    public MapHost {
        procs = Map.copyOf(procs);
    }

    @Override
    public Ended call(String event, List<Value> args) {
        Function<List<Value>, Ended> proc = procs.get(event);
        return proc == null ? new Ended.Fault("no host implementation of " + event) : proc.apply(args);
    }
}
