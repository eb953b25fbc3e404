// Trusted: every pre, post, inv, overflow and div obligation of every path of every loop-free body is generated, each assuming only what holds on its path.
package koru.kernel.obligations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import koru.kernel.describe.Describe;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Ty;
import koru.kernel.lemmas.SumLemmas;
import koru.kernel.obligations.Translate.Mode;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Term;

/**
 * Walks each body of a program path by path (LANGUAGE.md B5). A path knows the facts of its entry
 * (a subflow's input ranges, precondition and record invariants; nothing for a flow or a test), the
 * conditions of the {@code if}s and {@code when}s it took, and after each call only the callee's
 * contract: its precondition and the taken branch's postcondition (modular, Part D).
 */
public final class GenerateObligations {
    /** A body not verified: it uses something (loops, list literals, …) loop-free verification does not cover yet. */
    public record Skipped(Origin body, Origin construct, String reason) {
    }

    public record Result(List<Obligation> obligations, List<Skipped> skipped) {
        public Result {
            obligations = List.copyOf(obligations);
            skipped = List.copyOf(skipped);
        }
    }

    /** What is known at one point of a path; copied where the path forks. */
    private record Path(List<Term> facts, Map<String, Val> scope) {
        Path copy() {
            return new Path(new ArrayList<>(facts), new LinkedHashMap<>(scope));
        }

        Path assuming(Term fact) {
            Path copy = copy();
            copy.facts.add(fact);
            return copy;
        }
    }

    private final Declarations declarations;
    private final Optional<Program.Event> implemented;
    private final Map<String, Val> inputs = new LinkedHashMap<>();
    private final List<Obligation> obligations = new ArrayList<>();

    private GenerateObligations(Program program, Body body) {
        this.declarations = new Declarations(program);
        this.implemented = body.implementing().map(name -> declarations.lookup().event(name).orElseThrow());
    }

    public static Result of(Program program) {
        List<Body> bodies = new ArrayList<>(program.bodies());
        program.tests().forEach(test -> {
            bodies.addAll(test.mocks());
            bodies.add(test.flow());
        });
        List<Obligation> obligations = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Body body : bodies) {
            try {
                obligations.addAll(new GenerateObligations(program, body).obligationsOf(body));
            } catch (Unsupported unsupported) {
                skipped.add(new Skipped(body.origin(), unsupported.origin, unsupported.what));
            }
        }
        return new Result(obligations, skipped);
    }

    private List<Obligation> obligationsOf(Body body) {
        Path entry = new Path(new ArrayList<>(), new LinkedHashMap<>());
        implemented.ifPresent(event -> {
            event.inputs().forEach(input -> inputs.put(input.name(), declarations.fresh(input.name(), input.type(), entry.facts(), input.origin())));
            entry.scope().putAll(inputs);
            event.pre().ifPresent(pre -> entry.facts().add(contract(entry, Mode.ASSUMED, inputs, Map.of(), pre)));
        });
        walk(body.root(), entry);
        return obligations;
    }

    private void walk(Node node, Path path) {
        switch (node) {
            case Node.Invoke invoke -> {
                Map<String, Val> args = call(invoke.event(), invoke.args(), invoke.origin(), path);
                handle(invoke, args, path);
            }
            case Node.Call call -> {
                call(call.event(), call.args(), call.origin(), path);
                walk(call.next(), path);
            }
            case Node.Construct construct -> construct(construct, path);
            case Node.If branch -> {
                Term condition = condition(path, branch.condition());
                walk(branch.then(), path.assuming(condition));
                walk(branch.otherwise(), path.assuming(Term.App.of(Op.NOT, condition)));
            }
            case Node.End end -> { }
            case Node.Loop loop -> throw new Unsupported("loops", loop.origin());
            case Node.Jump jump -> throw new Unsupported("loops", jump.origin());
            case Node.For loop -> throw new Unsupported("for loops", loop.origin());
        }
    }

    /** The arguments of a call by input name; obliges the callee's precondition, then knows it. */
    private Map<String, Val> call(String event, List<Expr> argExprs, Origin origin, Path path) {
        Program.Event callee = declarations.lookup().event(event).orElseThrow();
        Map<String, Val> args = new LinkedHashMap<>();
        for (int i = 0; i < argExprs.size(); i++) {
            args.put(callee.inputs().get(i).name(), code(path, argExprs.get(i)));
        }
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
            Path taken = path.copy();
            String name = handlers.get(0).binding().orElse(branch.name());
            Optional<Val> payload = Lookup.payloadType(callee, branch)
                    .map(type -> declarations.fresh(name, type, taken.facts(), invoke.origin()));
            branch.post().ifPresent(post -> taken.facts().add(
                    contract(taken, Mode.ASSUMED, payloadScope(branch, payload), args, post)));
            for (Node.Handler handler : handlers) {
                Path here = bound(taken, handler, payload);
                if (handler.guard().isPresent()) {
                    here.facts().add(condition(here, handler.guard().get()));
                } else {
                    // The unguarded handler runs when no guard of its siblings held.
                    for (Node.Handler sibling : handlers) {
                        if (sibling.guard().isPresent()) {
                            Path theirs = bound(here, sibling, payload);
                            Term guard = contract(theirs, Mode.ASSUMED, theirs.scope(), Map.of(), sibling.guard().get());
                            here.facts().addAll(theirs.facts().subList(here.facts().size(), theirs.facts().size()));
                            here.facts().add(Term.App.of(Op.NOT, guard));
                        }
                    }
                }
                walk(handler.body(), here);
            }
        }
    }

    private static Path bound(Path path, Node.Handler handler, Optional<Val> payload) {
        Path copy = path.copy();
        handler.binding().ifPresent(binding -> payload.ifPresent(value -> copy.scope().put(binding, value)));
        return copy;
    }

    /** A branch constructor: its value is code; the branch's postcondition must hold of it. */
    private void construct(Node.Construct construct, Path path) {
        Program.Event self = implemented.orElseThrow(() -> new IllegalArgumentException("a branch constructor outside a subflow"));
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

    private Term condition(Path path, Expr condition) {
        return translate(path, Mode.CODE, path.scope(), Map.of(), t -> t.term(condition, List.of()));
    }

    private Term contract(Path path, Mode mode, Map<String, Val> scope, Map<String, Val> in, Expr contract) {
        return translate(path, mode, scope, in, t -> t.term(contract, List.of()));
    }

    /** Runs a translation on {@code path}: its facts join the path, the obligations it finds are obliged there. */
    private <T> T translate(Path path, Mode mode, Map<String, Val> scope, Map<String, Val> in, Function<Translate, T> run) {
        List<Translate.Found> found = new ArrayList<>();
        T value = run.apply(new Translate(declarations, mode, scope, in, path.facts(), found));
        found.forEach(f -> oblige(path, f.kind(), f.origin(), f.description(), f.conditions(), f.goal()));
        return value;
    }

    private void oblige(Path path, Obligation.Kind kind, Origin origin, String description, List<Term> conditions, Term goal) {
        List<Term> assumptions = new ArrayList<>(path.facts());
        assumptions.addAll(conditions);
        String name = kind.name().toLowerCase(Locale.ROOT) + " " + origin.file() + ":" + origin.start();
        Query query = SumLemmas.addTo(new Query(name, assumptions, goal), declarations::nonNegative);
        obligations.add(new Obligation(kind, origin, description, query));
    }
}
