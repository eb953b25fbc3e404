package koru.kernel.ir;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A whole program in Core IR: what the kernel is given, re-checks and derives every obligation
 * from. All names are canonical ({@code module:path}); nothing in it refers back to the elaborator.
 */
public record Program(List<TypeDecl> types, List<Event> events, List<Body> bodies, List<Test> tests) {
    public Program {
        types = List.copyOf(types);
        events = List.copyOf(events);
        bodies = List.copyOf(bodies);
        tests = List.copyOf(tests);
    }

    /** Every body the kernel checks: the flows and subflows, then each test's mocks and flow. */
    public List<Body> allBodies() {
        return Stream.concat(bodies.stream(),
                tests.stream().flatMap(test -> Stream.concat(test.mocks().stream(), Stream.of(test.flow())))).toList();
    }

    /** {@code name: Type[state]} in an input shape, a struct payload or a record. */
    public record Field(String name, Ty type, Optional<State> state, Origin origin) {
    }

    public sealed interface TypeDecl {
        String name();

        Origin origin();

        /** A record type, with its data invariant; a capability's {@code rights} field is checked for amplification. */
        record RecordType(String name, List<Field> fields, Optional<Expr> invariant, boolean capability, Origin origin)
                implements TypeDecl {
            public RecordType {
                fields = List.copyOf(fields);
            }
        }

        record EnumType(String name, List<String> values, Origin origin) implements TypeDecl {
            public EnumType {
                values = List.copyOf(values);
            }
        }
    }

    /** An event: its input shape and precondition, its branches and their postconditions. */
    public record Event(String name, List<Field> inputs, Optional<Expr> pre, List<Branch> branches, Set<Flag> flags,
            Implementation implementation, Origin origin) {
        public Event {
            inputs = List.copyOf(inputs);
            branches = List.copyOf(branches);
            flags = Set.copyOf(flags);
        }
    }

    /** The annotations of A2/B4 the kernel acts on. */
    public enum Flag {
        /** May construct capabilities from nothing, and be implemented by host procs (B4). */
        AUTHORITY,
        /** The default disposer of its state (A7): chosen by auto-discharge. */
        DISPOSER
    }

    /** How an event is implemented: by the subflow among the program's bodies, by Java procs (assumed), or not at all (assumed). */
    public enum Implementation {
        SUBFLOW, HOST, NONE
    }

    public record Branch(String name, Payload payload, Optional<Expr> post, boolean optional, Origin origin) {
    }

    public sealed interface Payload {
        record None() implements Payload {
        }

        /** An identity payload: one value. */
        record One(Ty type, Optional<State> state) implements Payload {
        }

        /** A struct payload: named fields, each with its own state (obligations are tracked per field). */
        record Fields(List<Field> fields) implements Payload {
            public Fields {
                fields = List.copyOf(fields);
            }
        }
    }

    /** A flow body: a top-level flow, or the subflow implementing {@code implementing}. */
    public record Body(Kind kind, Optional<String> implementing, Node root, Origin origin) {
        public enum Kind {
            FLOW,
            SUBFLOW,
            /** A subflow standing in for an event inside one test only. */
            MOCK,
            TEST
        }
    }

    /** {@code ~test(title) { mocks; flow }}. */
    public record Test(String title, List<Body> mocks, Body flow, Origin origin) {
        public Test {
            mocks = List.copyOf(mocks);
        }
    }
}
