package koru.kernel.ir;

import java.util.List;
import java.util.Optional;

/**
 * A step of a flow body (ARCHITECTURE.md "Core IR"). Surface conveniences are gone by the time a
 * body is Core IR: catch-alls are one handler per branch, {@code if} and {@code for} are nodes of
 * their own, a label is a {@link Loop} around its anchored invocation, a void chain is {@link Call}s,
 * and {@code std.rt:spawn} is a {@link Spawn}.
 */
public sealed interface Node {
    Origin origin();

    /** Invokes an event with branches; {@code args} follow the event's input order. */
    record Invoke(String event, List<Expr> args, List<Handler> handlers, Origin origin) implements Node {
        public Invoke {
            args = List.copyOf(args);
            handlers = List.copyOf(handlers);
        }
    }

    /** Invokes a void event, then goes on with {@code next}. */
    record Call(String event, List<Expr> args, Node next, Origin origin) implements Node {
        public Call {
            args = List.copyOf(args);
        }
    }

    /**
     * Continues after {@code branch}: its payload bound to {@code binding} (always named when there is
     * a payload, so that obligations on discarded payloads are still tracked), when {@code guard} holds.
     */
    record Handler(String branch, Optional<String> binding, Optional<Expr> guard, Node body, Origin origin) {
    }

    /** Returns {@code branch} of the implemented event (subflows and mocks only). */
    record Construct(String branch, Optional<Expr> value, Origin origin) implements Node {
    }

    /** {@code #label[where invariant] head}: {@code head} runs again at every {@link Jump} to {@code label}. */
    record Loop(String label, Optional<Expr> invariant, Invoke head, Origin origin) implements Node {
    }

    /** {@code @label(args)}: runs the loop's head again with new arguments (in the head event's input order). */
    record Jump(String label, List<Expr> args, Origin origin) implements Node {
        public Jump {
            args = List.copyOf(args);
        }
    }

    record If(Expr condition, Node then, Node otherwise, Origin origin) implements Node {
    }

    /** {@code for(over) | each binding |> each | done |> done}. */
    record For(String binding, Iteration over, Node each, Node done, Origin origin) implements Node {
    }

    /** What a {@link For} iterates: the integers {@code [from, to)} or the elements of a list. */
    sealed interface Iteration {
        record Range(Expr from, Expr to) implements Iteration {
        }

        record Elements(Expr list) implements Iteration {
        }
    }

    /**
     * {@code event() | task |> task | running binding |> running}: both paths run, {@code task} concurrently.
     * {@code event} declares the shape: no inputs, a payload-less branch {@code task}, and a branch
     * {@code running} whose one value (the handle) {@code binding} names. An Invoke would not do: it
     * runs one handler, so each would settle the outer obligations once, and the task's end would be
     * taken for the end of the flow.
     */
    record Spawn(String event, Node task, String binding, Node running, Origin origin) implements Node {
    }

    /** {@code _}: the path ends. */
    record End(Origin origin) implements Node {
    }
}
