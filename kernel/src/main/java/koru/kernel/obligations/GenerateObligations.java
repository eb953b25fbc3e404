// Trusted: every pre, post, inv, overflow, div, cap, exhaustive and loop invariant obligation of every path of every well-formed body is generated, each assuming only what holds on its path.
package koru.kernel.obligations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import koru.kernel.describe.Describe;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program;
import koru.kernel.ir.Ty;
import koru.kernel.lemmas.SumLemmas;
import koru.kernel.obligations.Translate.Mode;
import koru.kernel.recheck.RecheckIr;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Term;

/**
 * Walks each body of a program path by path (LANGUAGE.md B5). A path knows the facts of its entry
 * (a subflow's input ranges, precondition and record invariants; nothing for a flow or a test), the
 * conditions of the {@code if}s and {@code when}s it took, and after each call only the callee's
 * contract: its precondition and the taken branch's postcondition (modular, Part D). A path also
 * holds the capabilities it received (its event's inputs, the payloads its handlers bind, and those
 * nested in them): a capability literal on it must narrow one of them (B4). Inside a label
 * loop, the head's arguments are known only by the loop's invariant: the user's, obliged on entry and
 * at each jump, or one inferred by the Horn solver from the loop's entry and jumps (docs/verification.md).
 * A {@code for} needs no invariant: its {@code each} runs on any one element, as if once.
 */
public final class GenerateObligations {
    /** A body not verified: it uses something (list literals, {@code len} of a list, …) verification does not cover yet. */
    public record Skipped(Origin body, Origin construct, String reason) {
    }

    public record Result(List<Obligation> obligations, List<Skipped> skipped) {
        public Result {
            obligations = List.copyOf(obligations);
            skipped = List.copyOf(skipped);
        }
    }

    /** What is known at one point of a path, and the capabilities received on it (B4); copied where the path forks. */
    private record Path(List<Term> facts, Map<String, Val> scope, List<Received> received, List<Obligation.Step> trail) {
        Path copy() {
            return new Path(new ArrayList<>(facts), new LinkedHashMap<>(scope), new ArrayList<>(received), new ArrayList<>(trail));
        }

        /** The path on after {@code construct} at {@code at} went to {@code taken}, where {@code known} holds. */
        Path taking(Origin at, String construct, String taken, Term... known) {
            Path copy = copy();
            copy.trail.add(new Obligation.Step(at, construct, taken));
            copy.facts.addAll(List.of(known));
            return copy;
        }
    }

    private final Declarations declarations;
    private final Optional<Program.Event> implemented;
    /** The body implements an authority, which may construct capabilities from nothing (B4): no CAP obligations. */
    private final boolean authority;
    private final Map<String, Val> inputs = new LinkedHashMap<>();
    private final List<Obligation> obligations = new ArrayList<>();
    private final Map<String, LoopHead> loops = new HashMap<>();
    private final List<Horn.Predicate> predicates = new ArrayList<>();
    private final List<Horn.Rule> rules = new ArrayList<>();

    /** A loop as its jumps see it: the names in scope at the loop (values are immutable, so theirs stay the same in it). */
    private record LoopHead(Node.Loop loop, Program.Event event, Map<String, Val> scope) {
    }

    private GenerateObligations(Program program, Body body) {
        this.declarations = new Declarations(program);
        this.implemented = body.implementing().map(name -> declarations.lookup().event(name).orElseThrow());
        this.authority = implemented.filter(event -> event.flags().contains(Program.Flag.AUTHORITY)).isPresent();
    }

    /** Refuses ({@link IllegalArgumentException}) a program {@link RecheckIr} finds ill-formed: obligations are derived from well-formed IR only. */
    public static Result of(Program program) {
        RecheckIr.requireWellFormed(program);
        List<Obligation> obligations = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Body body : program.allBodies()) {
            try {
                obligations.addAll(new GenerateObligations(program, body).obligationsOf(body));
            } catch (Unsupported unsupported) {
                skipped.add(new Skipped(body.origin(), unsupported.origin, unsupported.what));
            }
        }
        hostCapabilities(program, obligations);
        return new Result(obligations, skipped);
    }

    /**
     * B4: only an {@code ~[authority]} event may be implemented by a host proc (or left without an
     * implementation, whose contract is assumed alike) when it returns a capability; anything else could
     * return one made from nothing. Such an event is an obligation that cannot hold.
     */
    private static void hostCapabilities(Program program, List<Obligation> obligations) {
        Lookup lookup = new Lookup(program);
        for (Program.Event event : program.events()) {
            if (event.implementation() != Program.Implementation.SUBFLOW && !event.flags().contains(Program.Flag.AUTHORITY)
                    && event.branches().stream().anyMatch(b -> Lookup.payloadType(event, b)
                            .filter(type -> Received.canHold(type, lookup, new HashSet<>())).isPresent())) {
                obligations.add(new Obligation(Obligation.Kind.CAP, event.origin(), Describe.hostCapability(event.name()),
                        new Query(Describe.queryName("cap", event.origin()), List.of(), Term.bool(false)), Optional.empty(), List.of()));
            }
        }
    }

    private List<Obligation> obligationsOf(Body body) {
        Path entry = new Path(new ArrayList<>(), new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
        implemented.ifPresent(event -> {
            event.inputs().forEach(input -> {
                Val value = declarations.fresh(input.name(), input.type(), entry.facts(), input.origin());
                inputs.put(input.name(), value);
                entry.received().addAll(Received.in(input.type(), value, declarations.lookup()));
            });
            entry.scope().putAll(inputs);
            event.pre().ifPresent(pre -> entry.facts().add(contract(entry, Mode.ASSUMED, inputs, Map.of(), pre)));
        });
        walk(body.root(), entry);
        // An obligation assuming an inferred invariant is proven with the Horn rules of every loop of the body.
        return obligations.stream().map(o -> o.query().assumptions().stream().noneMatch(a -> a instanceof Term.PredicateApp) ? o
                : new Obligation(o.kind(), o.origin(), o.description(), o.query(), Optional.of(new Horn(o.query().name(), predicates,
                        Translate.with(rules, Horn.Rule.never(declarations.constants(), all(Translate.with(o.query().assumptions(),
                                Term.App.of(Op.NOT, o.query().goal()))))))), o.path()))
                .toList();
    }

    private void walk(Node node, Path path) {
        switch (node) {
            case Node.Invoke invoke -> handle(invoke, call(invoke.event(), code(path, invoke.args()), invoke.origin(), path), path);
            case Node.Call call -> {
                call(call.event(), code(path, call.args()), call.origin(), path);
                walk(call.next(), path);
            }
            case Node.Construct construct -> construct(construct, path);
            case Node.If branch -> {
                Term condition = code(path, branch.condition()).scalar();
                walk(branch.then(), path.taking(branch.origin(), "if", "then", condition));
                walk(branch.otherwise(), path.taking(branch.origin(), "if", "else", Term.App.of(Op.NOT, condition)));
            }
            case Node.End end -> { }
            case Node.Loop loop -> loop(loop, path);
            case Node.Jump jump -> arrive(Optional.ofNullable(loops.get(jump.label())).orElseThrow(), path, code(path, jump.args()), jump.origin());
            case Node.For loop -> forEach(loop, path);
            case Node.Spawn spawn -> spawn(spawn, path);
        }
    }

    /**
     * Both paths of a spawn go on from the facts known before it: values are immutable, so what held
     * there holds in the task and after it, whichever runs first. The handle is a fresh value.
     */
    private void spawn(Node.Spawn spawn, Path path) {
        walk(spawn.task(), path.taking(spawn.origin(), "spawn", "task"));
        Program.Event event = declarations.lookup().event(spawn.event()).orElseThrow();
        Ty handle = Lookup.payloadType(event, Lookup.spawnHandle(event).orElseThrow()).orElseThrow();
        Path running = path.taking(spawn.origin(), "spawn", "running");
        running.scope().put(spawn.binding(), declarations.fresh(spawn.binding(), handle, running.facts(), spawn.origin()));
        walk(spawn.running(), running);
    }

    /**
     * {@code for}: no value passes from one iteration to the next (values are immutable, and what
     * {@code each} binds lives until its iteration ends), so {@code each} is walked once, with its binding
     * any one element, and {@code done} on the path before the loop. The bounds and the list are code.
     */
    private void forEach(Node.For loop, Path path) {
        switch (loop.over()) {
            case Node.Iteration.Range range -> {
                Term from = code(path, range.from()).scalar();
                Term to = code(path, range.to()).scalar();
                // The half-open range from..to (LANGUAGE.md, docs/language/types.md), of the bounds' wider type.
                iterate(loop, Ty.wider(range.from().type(), range.to().type()).orElseThrow(), path,
                        i -> Term.App.of(Op.AND, Term.App.of(Op.LE, from, i.scalar()), Term.App.of(Op.LT, i.scalar(), to)));
            }
            case Node.Iteration.Elements over -> {
                Ty element = ((Ty.ListOf) over.list().type()).element();
                if (!(over.list() instanceof Expr.ListLit literal)) {
                    code(path, over.list());
                    iterate(loop, element, path, x -> Term.bool(true));
                } else if (!literal.elements().isEmpty()) { // over [] each never runs
                    List<Val> elements = code(path, literal.elements());
                    iterate(loop, element, path, x -> Term.App.of(Op.OR,
                            elements.stream().map(e -> Translate.equal(x, e)).toArray(Term[]::new)));
                }
            }
        }
        walk(loop.done(), path);
    }

    /** Walks {@code each} on a copy of {@code path}, its binding a fresh value of type {@code element} of which {@code known} holds. */
    private void iterate(Node.For loop, Ty element, Path path, Function<Val, Term> known) {
        Path each = path.taking(loop.origin(), "for", "each");
        Val binding = declarations.fresh(loop.binding(), element, each.facts(), loop.origin());
        each.facts().add(known.apply(binding));
        each.scope().put(loop.binding(), binding);
        walk(loop.each(), each);
    }

    /**
     * {@code #L head}: the head runs with fresh arguments of which only the invariant is known, after
     * the values before the loop arrive at it; each handler's path then goes on (to jumps or exits).
     */
    private void loop(Node.Loop loop, Path path) {
        Program.Event event = declarations.lookup().event(loop.head().event()).orElseThrow();
        List<Val> entry = code(path, loop.head().args());
        LoopHead head = new LoopHead(loop, event, new LinkedHashMap<>(path.scope()));
        loops.put(loop.label(), head);
        if (loop.invariant().isEmpty()) {
            predicates.add(inferred(head, entry).predicate());
        }
        arrive(head, path, entry, loop.origin());
        Path inside = path.copy();
        List<Val> current = event.inputs().stream().map(input -> declarations.fresh(input.name(), input.type(), inside.facts(), loop.origin())).toList();
        inside.facts().add(loop.invariant().isPresent() ? invariant(head, inside, current, Mode.ASSUMED) : inferred(head, current));
        handle(loop.head(), call(event.name(), current, loop.head().origin(), inside), inside);
    }

    /** The head runs (again) with {@code args}: the user's invariant must hold of them, or the inferred one is implied by the path. */
    private void arrive(LoopHead head, Path path, List<Val> args, Origin origin) {
        Optional<Expr> invariant = head.loop().invariant();
        if (invariant.isPresent()) {
            oblige(path, Obligation.Kind.LOOP_INVARIANT, origin, Describe.loopInvariant(head.loop().label(), invariant.get()),
                    List.of(), invariant(head, path, args, Mode.GOAL));
        } else {
            rules.add(Horn.Rule.implies(declarations.constants(), all(path.facts()), inferred(head, args)));
        }
    }

    /** The user's invariant of the head's arguments {@code args}; it names them by input name, over the names in scope at the loop. */
    private Term invariant(LoopHead head, Path path, List<Val> args, Mode mode) {
        Map<String, Val> scope = byInputName(head.event(), args, new LinkedHashMap<>(head.scope()));
        return contract(path, mode, scope, Map.of(), head.loop().invariant().orElseThrow());
    }

    /** {@code names} with {@code values}, the arguments of {@code event}, added by its inputs' names. */
    private static Map<String, Val> byInputName(Program.Event event, List<Val> values, Map<String, Val> names) {
        for (int i = 0; i < values.size(); i++) {
            names.put(event.inputs().get(i).name(), values.get(i));
        }
        return names;
    }

    /** The inferred invariant, an unknown predicate over the values in scope at the loop and {@code args}. */
    private static Term.PredicateApp inferred(LoopHead head, List<Val> args) {
        List<Term> values = Stream.concat(head.scope().values().stream(), args.stream()).flatMap(Val::terms).toList();
        Horn.Predicate invariant = new Horn.Predicate("inv_" + head.loop().label(), values.stream().map(Term::sort).toList());
        return invariant.apply(values.toArray(Term[]::new));
    }

    /** The arguments of a call by input name; obliges the callee's precondition, then knows it. */
    private Map<String, Val> call(String event, List<Val> values, Origin origin, Path path) {
        Program.Event callee = declarations.lookup().event(event).orElseThrow();
        Map<String, Val> args = byInputName(callee, values, new LinkedHashMap<>());
        callee.pre().ifPresent(pre -> {
            Term goal = contract(path, Mode.GOAL, args, Map.of(), pre);
            oblige(path, Obligation.Kind.PRE, origin, Describe.precondition(event, pre), List.of(), goal);
            path.facts().add(goal);
        });
        return args;
    }

    /** Each handler, knowing of its branch's payload only its type and the branch's postcondition. */
    private void handle(Node.Invoke invoke, Map<String, Val> args, Path path) {
        Program.Event callee = declarations.lookup().event(invoke.event()).orElseThrow();
        for (Program.Branch branch : callee.branches()) {
            List<Node.Handler> handlers = invoke.handlers().stream().filter(h -> h.branch().equals(branch.name())).toList();
            if (handlers.isEmpty()) {
                continue;
            }
            Path taken = path.taking(invoke.origin(), invoke.event(), branch.name());
            String name = handlers.get(0).binding().orElse(branch.name());
            Optional<Ty> type = Lookup.payloadType(callee, branch);
            Optional<Val> payload = type.map(t -> declarations.fresh(name, t, taken.facts(), invoke.origin()));
            List<Received> handed = payload.map(value -> Received.in(type.orElseThrow(), value, declarations.lookup())).orElse(List.of());
            branch.post().ifPresent(post -> taken.facts().add(
                    contract(taken, Mode.ASSUMED, payloadScope(branch, payload), args, post)));
            if (handlers.stream().allMatch(h -> h.guard().isPresent())) {
                exhaustive(invoke, branch, handlers, payload, taken);
            }
            for (Node.Handler handler : handlers) {
                Path here = taken.copy();
                here.scope().putAll(binding(handler, payload));
                handler.binding().ifPresent(binding -> here.received().addAll(handed));
                if (handler.guard().isPresent()) {
                    here.facts().add(code(here, handler.guard().get()).scalar());
                } else {
                    // The unguarded handler runs when no guard of its siblings held.
                    handlers.stream().filter(sibling -> sibling.guard().isPresent())
                            .forEach(sibling -> here.facts().add(Term.App.of(Op.NOT, guard(here, sibling, payload))));
                }
                walk(handler.body(), here);
            }
        }
    }

    /** A branch handled only under {@code when} guards: whenever it is taken, one of the guards holds (B5, else KORU050). */
    private void exhaustive(Node.Invoke invoke, Program.Branch branch, List<Node.Handler> handlers, Optional<Val> payload, Path taken) {
        Path all = taken.copy();
        Term[] guards = handlers.stream().map(handler -> guard(all, handler, payload)).toArray(Term[]::new);
        oblige(all, Obligation.Kind.EXHAUSTIVE, handlers.get(0).origin(), Describe.exhaustive(invoke.event(), branch.name()),
                List.of(), Term.App.of(Op.OR, guards));
    }

    /** The guard of {@code handler} with its payload bound, as an assumption on {@code path}; the facts it needs join {@code path}. */
    private Term guard(Path path, Node.Handler handler, Optional<Val> payload) {
        Map<String, Val> scope = new LinkedHashMap<>(path.scope());
        scope.putAll(binding(handler, payload));
        return contract(path, Mode.ASSUMED, scope, Map.of(), handler.guard().orElseThrow());
    }

    /** The payload by the name {@code handler} binds it to, if it binds one. */
    private static Map<String, Val> binding(Node.Handler handler, Optional<Val> payload) {
        return handler.binding().flatMap(name -> payload.map(value -> Map.of(name, value))).orElse(Map.of());
    }

    /** A branch constructor: its value is code; the branch's postcondition must hold of it. */
    private void construct(Node.Construct construct, Path path) {
        Program.Event self = implemented.orElseThrow();
        Program.Branch branch = Lookup.branch(self, construct.branch()).orElseThrow();
        Optional<Val> payload = construct.value().map(value -> code(path, value));
        branch.post().ifPresent(post -> oblige(path, Obligation.Kind.POST, construct.origin(), Describe.postcondition(self, branch),
                List.of(), contract(path, Mode.GOAL, payloadScope(branch, payload), inputs, post)));
    }

    /** In a branch's where: an identity payload by the branch's name, a struct payload's fields by theirs (B2). */
    private static Map<String, Val> payloadScope(Program.Branch branch, Optional<Val> payload) {
        return payload.map(value -> switch (branch.payload()) {
            case Program.Payload.Fields f when value instanceof Val.Fields fields -> fields.fields();
            default -> Map.of(branch.name(), value);
        }).orElse(Map.of());
    }

    private Val code(Path path, Expr expr) {
        return translate(path, Mode.CODE, path.scope(), Map.of(), t -> t.value(expr, List.of()));
    }

    private List<Val> code(Path path, List<Expr> exprs) {
        return exprs.stream().map(expr -> code(path, expr)).toList();
    }

    private static Term all(List<Term> facts) {
        return Term.App.of(Op.AND, facts.toArray(Term[]::new));
    }

    private Term contract(Path path, Mode mode, Map<String, Val> scope, Map<String, Val> in, Expr contract) {
        return translate(path, mode, scope, in, t -> t.term(contract, List.of()));
    }

    /** Runs a translation on {@code path}: its facts join the path, the obligations it finds are obliged there. */
    private <T> T translate(Path path, Mode mode, Map<String, Val> scope, Map<String, Val> in, Function<Translate, T> run) {
        List<Translate.Found> found = new ArrayList<>();
        T value = run.apply(new Translate(declarations, mode, scope, in, path.received(), path.facts(), found));
        found.stream().filter(f -> !(authority && f.kind() == Obligation.Kind.CAP))
                .forEach(f -> oblige(path, f.kind(), f.origin(), f.description(), f.conditions(), f.goal()));
        return value;
    }

    private void oblige(Path path, Obligation.Kind kind, Origin origin, String description, List<Term> conditions, Term goal) {
        List<Term> assumptions = new ArrayList<>(path.facts());
        assumptions.addAll(conditions);
        Query query = SumLemmas.addTo(new Query(Describe.queryName(kind.name(), origin), assumptions, goal), declarations::nonNegative);
        obligations.add(new Obligation(kind, origin, description, query, Optional.empty(), path.trail()));
    }
}
