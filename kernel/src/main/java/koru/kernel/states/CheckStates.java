// Trusted: every rule of A7 is checked on every path of every body; a check holds only if no path breaks it.
package koru.kernel.states;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koru.kernel.describe.Describe;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.State;
import koru.kernel.recheck.RecheckIr;
import koru.kernel.states.StateCheck.Rule;
import koru.kernel.states.StateCheck.Violation;

/**
 * The phantom-state rules of LANGUAGE.md A7, on Core IR, path by path. A value's state is tracked by
 * key: a binding {@code f}, or {@code p.a} for each field of a struct payload, so that each field is a
 * resource of its own. A value received with {@code [s!]} (or a subflow's input {@code [!s]}: the
 * caller handed it over) carries an obligation that every path must settle: discharge it, or return it
 * through a branch of the implemented event declared {@code [s!]}. Conditions are not consulted: both
 * sides of an {@code if} must settle (rule 6), as must every handler whatever its guard.
 *
 * <p>Loops are scopes. A jump {@code @L} ends an iteration of {@code #L}, the end of a path inside a
 * {@code for}'s {@code each} ends an iteration of the {@code for}: there every obligation made inside
 * the iteration must be settled, and one made outside it must still be live (it is suspended inside,
 * rule 4). Every other path leaves the loop, and settles everything.
 *
 * <p>A spawned task's body is such a scope too, entered once: what it makes it settles, what it finds
 * it must leave live. More: it runs while the path that spawned it goes on, which may discharge what
 * it finds, so it may not mention a tracked value made outside it at all. The handle is received
 * after it, on the path that goes on, with the obligation its branch issues.
 */
public final class CheckStates {
    /** When a tracked value was discharged, as a tick of the walk's clock, and by which argument. */
    private record Discharge(int time, Origin at) {
    }

    /** A value in a phantom state; {@code obligation} holds the violations of the check of the obligation it carries, if it carries one. */
    private record Tracked(Set<String> states, Optional<Set<Violation>> obligation, int created, Optional<Discharge> discharged) {
    }

    /** A label loop around the current step: its head event, entered at tick {@code entry}. */
    private record Loop(Event head, int entry) {
    }

    /**
     * The tracked values and the enclosing label loops at one point of a path, the tick the innermost
     * {@code for} or task body around it was entered at, and the tick the innermost task body was
     * entered at (-1 outside any: before everything); copied where the path forks.
     */
    private record Path(Map<String, Tracked> values, Map<String, Loop> loops, int round, int task) {
        Path copy() {
            return new Path(new HashMap<>(values), new HashMap<>(loops), round, task);
        }
    }

    /** A check being decided, by kind and place: its violations arrive from every path that reaches it. */
    private record Site(StateCheck.Kind kind, Origin origin) {
    }

    private final Lookup lookup;
    private final Map<Site, Set<Violation>> sites = new LinkedHashMap<>();
    private Optional<Event> implemented = Optional.empty();
    private int clock;

    private CheckStates(Program program) {
        this.lookup = new Lookup(program);
    }

    /**
     * One check per argument in a required state and per obligation received, in the order the walk meets them.
     * Refuses ({@link IllegalArgumentException}) a program the re-check finds ill-formed, so every name it looks up is declared.
     */
    public static List<StateCheck> of(Program program) {
        RecheckIr.requireWellFormed(program);
        CheckStates checker = new CheckStates(program);
        program.allBodies().forEach(checker::body);
        return checker.sites.entrySet().stream()
                .map(s -> new StateCheck(s.getKey().kind(), s.getKey().origin(), List.copyOf(s.getValue()))).toList();
    }

    private void body(Body body) {
        implemented = body.implementing().map(name -> lookup.event(name).orElseThrow());
        Path entry = new Path(new HashMap<>(), new HashMap<>(), -1, -1);
        implemented.ifPresent(event -> event.inputs().forEach(input -> input.state().ifPresent(
                state -> track(entry, input.name(), state, true, Map.of(), input.origin()))));
        walk(body.root(), entry);
    }

    private void walk(Node node, Path path) {
        switch (node) {
            case Node.Invoke invoke -> {
                Event callee = lookup.event(invoke.event()).orElseThrow();
                handle(invoke, callee, arguments(path, callee, invoke.args()), path);
            }
            case Node.Call call -> {
                arguments(path, lookup.event(call.event()).orElseThrow(), call.args());
                walk(call.next(), path);
            }
            case Node.Construct construct -> construct(construct, path);
            case Node.If branch -> {
                used(path, branch.condition());
                walk(branch.then(), path.copy());
                walk(branch.otherwise(), path.copy());
            }
            case Node.End end -> settle(path, path.round(), end.origin(), Set.of());
            case Node.Loop loop -> {
                Event head = lookup.event(loop.head().event()).orElseThrow();
                Map<String, Set<String>> variables = arguments(path, head, loop.head().args());
                path.loops().put(loop.label(), new Loop(head, clock++));
                handle(loop.head(), head, variables, path);
            }
            case Node.Jump jump -> {
                Loop loop = Optional.ofNullable(path.loops().get(jump.label())).orElseThrow();
                arguments(path, loop.head(), jump.args());
                settle(path, loop.entry(), jump.origin(), Set.of());
            }
            case Node.For loop -> {
                List<Expr> over = switch (loop.over()) {
                    case Node.Iteration.Range range -> List.of(range.from(), range.to());
                    case Node.Iteration.Elements list -> List.of(list.list());
                };
                over.forEach(bound -> used(path, bound));
                walk(loop.each(), new Path(new HashMap<>(path.values()), new HashMap<>(path.loops()), clock++, path.task()));
                walk(loop.done(), path.copy());
            }
            case Node.Spawn spawn -> {
                int entered = clock++; // no jump leaves a task body (the re-check refuses one): no loop encloses it
                walk(spawn.task(), new Path(new HashMap<>(path.values()), new HashMap<>(), entered, entered));
                Event event = lookup.event(spawn.event()).orElseThrow();
                Path running = path.copy();
                receive(running, Lookup.spawnHandle(event).orElseThrow(), spawn.binding(), Map.of(), spawn.origin());
                walk(spawn.running(), running);
            }
        }
    }

    /** Each handler binds its payload's states; a branch nobody handles (an optional one) ends the path when taken. */
    private void handle(Node.Invoke invoke, Event callee, Map<String, Set<String>> variables, Path path) {
        for (Branch branch : callee.branches()) {
            List<Node.Handler> handlers = invoke.handlers().stream().filter(h -> h.branch().equals(branch.name())).toList();
            if (handlers.isEmpty()) {
                Path ends = path.copy();
                receive(ends, branch, Describe.simple(callee.name()) + " | " + branch.name(), variables, invoke.origin());
                settle(ends, ends.round(), invoke.origin(), Set.of());
            }
            for (Node.Handler handler : handlers) {
                Path here = path.copy();
                handler.binding().ifPresent(binding -> receive(here, branch, binding, variables, handler.origin()));
                handler.guard().ifPresent(guard -> used(here, guard));
                walk(handler.body(), here);
            }
        }
    }

    private void receive(Path path, Branch branch, String binding, Map<String, Set<String>> variables, Origin origin) {
        switch (branch.payload()) {
            case Program.Payload.None none -> { }
            case Program.Payload.One one -> one.state().ifPresent(state -> track(path, binding, state, false, variables, origin));
            case Program.Payload.Fields fields -> fields.fields().forEach(field -> field.state().ifPresent(
                    state -> track(path, binding + "." + field.name(), state, false, variables, origin)));
        }
    }

    /**
     * A value arrives in {@code state}: an input's ({@code [!s]} hands an obligation over) or an output's
     * ({@code [s!]} issues one). A state variable on an output is the state of the argument passed for it.
     */
    private void track(Path path, String key, State state, boolean input, Map<String, Set<String>> variables, Origin origin) {
        Set<String> states = state instanceof State.Variable variable ? variables.getOrDefault(variable.name(), named(state)) : named(state);
        boolean obligation = input ? discharges(state) : state instanceof State.Is is && is.mark() == State.Mark.ISSUES;
        if (!states.isEmpty()) { // any state at all: nothing to track
            path.values().put(key, new Tracked(states, obligation ? Optional.of(site(StateCheck.Kind.OBLIGATION, origin)) : Optional.empty(),
                    clock++, Optional.empty()));
        }
    }

    /** The states {@code state} names; for a state variable those it allows (none: any state). */
    private static Set<String> named(State state) {
        return switch (state) {
            case State.Is is -> Set.of(is.state());
            case State.AnyOf any -> Set.copyOf(any.states());
            case State.Variable variable -> Set.copyOf(variable.allowed());
        };
    }

    /** Whether an input in {@code state} discharges the obligation the value passed to it carries. */
    private static boolean discharges(State state) {
        return state instanceof State.Is is && is.mark() == State.Mark.DISCHARGES || state instanceof State.AnyOf any && any.discharges();
    }

    /** Checks the arguments in order (so a second discharge of one binding is a use after discharge); returns the states bound to state variables. */
    private Map<String, Set<String>> arguments(Path path, Event callee, List<Expr> args) {
        Map<String, Set<String>> variables = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            Expr arg = args.get(i);
            Program.Field input = callee.inputs().get(i);
            used(path, arg);
            input.state().ifPresent(state -> {
                Set<String> had = require(path, arg, state, Describe.simple(callee.name()) + "'s input `" + input.name() + "`");
                if (state instanceof State.Variable variable) {
                    variables.put(variable.name(), had);
                }
                if (discharges(state)) {
                    key(arg).ifPresent(key -> Optional.ofNullable(path.values().get(key)).ifPresent(value -> path.values().put(key,
                            new Tracked(value.states(), value.obligation(), value.created(), Optional.of(new Discharge(clock++, arg.origin()))))));
                }
            });
        }
        return variables;
    }

    /** Rule 1: {@code value} has a state {@code required} accepts. Returns its states (none when untracked). */
    private Set<String> require(Path path, Expr value, State required, String where) {
        Set<Violation> check = site(StateCheck.Kind.STATE, value.origin());
        Optional<Tracked> tracked = key(value).map(path.values()::get);
        Set<String> accepted = named(required); // empty for a variable: any state, or none
        Set<String> had = tracked.map(Tracked::states).orElse(Set.of());
        // An untracked value has no state: only a state variable accepts it. One used after discharge is already reported.
        if (tracked.isEmpty() ? !(required instanceof State.Variable)
                : tracked.get().discharged().isEmpty() && !accepted.isEmpty() && !accepted.containsAll(had)) {
            check.add(new Violation(Rule.MISMATCH, value.origin(), Describe.of(value), Describe.stateMismatch(value, had, where, accepted),
                    List.copyOf(had), Optional.empty()));
        }
        return had;
    }

    /** A constructor ends the body: obligations it returns through a {@code [s!]} branch field escape, all others must be settled. */
    private void construct(Node.Construct construct, Path path) {
        Branch branch = Lookup.branch(implemented.orElseThrow(), construct.branch()).orElseThrow();
        Set<String> escaping = new HashSet<>();
        construct.value().ifPresent(value -> {
            used(path, value);
            switch (branch.payload()) {
                case Program.Payload.None none -> { }
                case Program.Payload.One one -> one.state().ifPresent(state -> returned(path, value, state, branch, escaping));
                case Program.Payload.Fields fields -> {
                    for (int i = 0; i < fields.fields().size(); i++) {
                        Program.Field field = fields.fields().get(i);
                        Expr part = value instanceof Expr.PayloadLit literal ? literal.fields().get(i)
                                : new Expr.FieldOf(value, field.name(), field.type(), value.origin());
                        field.state().ifPresent(state -> returned(path, part, state, branch, escaping));
                    }
                }
            }
        });
        settle(path, -1, construct.origin(), escaping);
    }

    private void returned(Path path, Expr value, State state, Branch branch, Set<String> escaping) {
        require(path, value, state, "branch `" + branch.name() + "`");
        if (state instanceof State.Is is && is.mark() == State.Mark.ISSUES) {
            key(value).ifPresent(escaping::add);
        }
    }

    /**
     * Rules 3 and 4: what was made after tick {@code entry} is settled at {@code at}, except obligations escaping
     * through the constructed branch; what was made before must not have been discharged since (the loop goes round).
     */
    private void settle(Path path, int entry, Origin at, Set<String> escaping) {
        path.values().forEach((key, value) -> {
            if (value.created() <= entry) {
                // A task body names no outer value at all (reported where it does), and goes round no loop.
                value.discharged().filter(d -> entry != path.task() && d.time() > entry).ifPresent(d -> site(StateCheck.Kind.STATE, d.at()).add(
                        new Violation(Rule.DISCHARGED_IN_LOOP, d.at(), key, Describe.dischargedInLoop(key), List.copyOf(value.states()), Optional.of(at))));
            } else if (value.discharged().isEmpty() && !escaping.contains(key)) { // an obligation it carries is live
                value.obligation().ifPresent(obligation -> obligation.add(
                        new Violation(Rule.LEAK, at, key, Describe.leak(key, value.states()), List.copyOf(value.states()), Optional.empty())));
            }
        });
    }

    /**
     * Rule 2: no part of {@code expr} names a value that was discharged (a binding, a payload and its fields
     * overlap); inside a task body, none names a tracked value made outside it.
     */
    private void used(Path path, Expr expr) {
        key(expr).ifPresentOrElse(key -> path.values().forEach((tracked, value) -> {
            if (tracked.equals(key) || tracked.startsWith(key + ".") || key.startsWith(tracked + ".")) {
                value.discharged().ifPresent(discharge -> site(StateCheck.Kind.STATE, expr.origin()).add(new Violation(
                        Rule.USE_AFTER_DISCHARGE, expr.origin(), key, Describe.useAfterDischarge(key), List.copyOf(value.states()),
                        Optional.of(discharge.at()))));
                if (value.created() <= path.task()) {
                    site(StateCheck.Kind.STATE, expr.origin()).add(new Violation(Rule.SHARED_WITH_TASK, expr.origin(), key,
                            Describe.sharedWithTask(key), List.copyOf(value.states()), Optional.empty()));
                }
            }
        }), () -> parts(expr).forEach(part -> used(path, part)));
    }

    /** {@code f} or {@code p.a.b}: the key of a binding or of a field path below one. */
    private static Optional<String> key(Expr expr) {
        return switch (expr) {
            case Expr.Var v -> Optional.of(v.name());
            case Expr.FieldOf f -> key(f.target()).map(target -> target + "." + f.field());
            default -> Optional.empty();
        };
    }

    private static List<Expr> parts(Expr expr) {
        return switch (expr) {
            case Expr.FieldOf f -> List.of(f.target());
            case Expr.Read r -> List.of(r.map(), r.key());
            case Expr.Unary u -> List.of(u.operand());
            case Expr.Binary b -> List.of(b.left(), b.right());
            case Expr.Builtin b -> b.args();
            case Expr.RecordLit r -> r.fields();
            case Expr.PayloadLit p -> p.fields();
            case Expr.ListLit l -> l.elements();
            case Expr.IntLit i -> List.of();
            case Expr.BoolLit b -> List.of();
            case Expr.TextLit t -> List.of();
            case Expr.EnumLit e -> List.of();
            case Expr.Var v -> List.of();
            case Expr.Input i -> List.of();
        };
    }

    /** The violations of the check of {@code kind} at {@code origin}: a check exists once the walk meets it, broken or not. */
    private Set<Violation> site(StateCheck.Kind kind, Origin origin) {
        return sites.computeIfAbsent(new Site(kind, origin), k -> new LinkedHashSet<>());
    }
}
