package koru.proptest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import koru.kernel.interp.Value;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Ty;
import koru.kernel.obligations.GenerateObligations;
import koru.kernel.obligations.Obligation;
import koru.kernel.obligations.VerifyObligations;
import koru.smt.logic.Outcome;
import koru.smt.z3.Z3Solver;

/**
 * Arguments that satisfy an event's precondition, found by Z3 through the kernel's own obligations,
 * with no change to the kernel: a program of two new events with the event's inputs, a subflow of the
 * first that calls the second, whose precondition is {@code !(pre && side)}. The kernel obliges that
 * call's precondition from the subflow's inputs (their ranges and record invariants are facts); Z3
 * fails to prove it exactly when some inputs make {@code pre && side} hold, and its counterexample
 * gives them. {@code side} is a few random bounds on the integer inputs ({@code x >= r},
 * {@code x <= r}) and {@code x != } every earlier seed's {@code x}, so each attempt finds another seed.
 */
final class SolverSeeds {
    private static final Origin HERE = new Origin("<solver-aided generation>", 0, 0);
    private static final String INPUTS = "$inputs";
    private static final String WITNESS = "$witness";

    /** What {@code attempts} asks of Z3 found: witnesses (inputs the solver left open drawn at random), and attempts that found none. */
    record Found(List<List<Value>> witnesses, int unsatisfiable, int unknown) {
    }

    private SolverSeeds() {
    }

    static Found find(Program program, Event event, KoruGen values, int attempts, SplittableRandom random) {
        Expr pre = event.pre().orElseThrow();
        List<List<Value>> witnesses = new ArrayList<>();
        int unsatisfiable = 0;
        int unknown = 0;
        try (Z3Solver solver = Z3Solver.open()) {
            for (int attempt = 0; attempt < attempts; attempt++) {
                Expr side = sideConstraints(event.inputs(), values, witnesses, random);
                Optional<Obligation> call = callObligation(program, event, new Expr.Binary(Expr.BinaryOp.AND, pre, side, Ty.BOOL, HERE));
                if (call.isEmpty()) {
                    return new Found(witnesses, unsatisfiable, attempts - attempt);
                }
                switch (VerifyObligations.solve(List.of(call.get()), solver).get(0).outcome()) {
                    case Outcome.Failed failed -> witnesses.add(witness(event, values, new FromModel(failed.model(), new Lookup(program)), random));
                    case Outcome.Proven proven -> unsatisfiable++;
                    case Outcome.Unknown why -> unknown++;
                }
            }
        }
        return new Found(witnesses, unsatisfiable, unknown);
    }

    /**
     * The obligation that {@code !wanted} holds of any inputs, from the program described above; none
     * when the kernel does not verify what {@code wanted} uses (list literals, say) or refuses the program.
     */
    private static Optional<Obligation> callObligation(Program program, Event event, Expr wanted) {
        Event inputs = new Event(INPUTS, event.inputs(), Optional.empty(), List.of(), java.util.Set.of(), Program.Implementation.SUBFLOW, HERE);
        Event witness = new Event(WITNESS, event.inputs(), Optional.of(new Expr.Unary(Expr.UnaryOp.NOT, wanted, Ty.BOOL, HERE)),
                List.of(), java.util.Set.of(), Program.Implementation.NONE, HERE);
        List<Expr> arguments = event.inputs().stream().<Expr>map(input -> new Expr.Var(input.name(), input.type(), HERE)).toList();
        Program.Body body = new Program.Body(Program.Body.Kind.SUBFLOW, Optional.of(INPUTS),
                new Node.Call(WITNESS, arguments, new Node.End(HERE), HERE), HERE);
        try {
            return GenerateObligations.of(new Program(program.types(), List.of(inputs, witness), List.of(body), List.of()))
                    .obligations().stream().filter(o -> o.kind() == Obligation.Kind.PRE).findFirst();
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    /** Half the integer inputs bounded by a random value of their type, each from one side; and no earlier seed's value again. */
    private static Expr sideConstraints(List<Field> inputs, KoruGen values, List<List<Value>> earlier, SplittableRandom random) {
        Expr side = new Expr.BoolLit(true, HERE);
        for (int i = 0; i < inputs.size(); i++) {
            Field input = inputs.get(i);
            if (!(input.type() instanceof Ty.Int)) {
                continue;
            }
            Expr variable = new Expr.Var(input.name(), input.type(), HERE);
            if (random.nextBoolean()) {
                Optional<Value> bound = EventInputs.generated(values.gen(input.type()), random);
                Expr.BinaryOp op = random.nextBoolean() ? Expr.BinaryOp.GE : Expr.BinaryOp.LE;
                if (bound.orElse(null) instanceof Value.Int r) {
                    side = and(side, new Expr.Binary(op, variable, new Expr.IntLit(r.value(), input.type(), HERE), Ty.BOOL, HERE));
                }
            }
            if (i == firstInt(inputs)) {
                for (List<Value> seed : earlier) {
                    BigInteger before = ((Value.Int) seed.get(i)).value();
                    side = and(side, new Expr.Binary(Expr.BinaryOp.NE, variable, new Expr.IntLit(before, input.type(), HERE), Ty.BOOL, HERE));
                }
            }
        }
        return side;
    }

    private static int firstInt(List<Field> inputs) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).type() instanceof Ty.Int) {
                return i;
            }
        }
        return -1;
    }

    private static Expr and(Expr left, Expr right) {
        return new Expr.Binary(Expr.BinaryOp.AND, left, right, Ty.BOOL, HERE);
    }

    /** The model's inputs; one the model has no value for (the precondition leaves it open) drawn at random. */
    private static List<Value> witness(Event event, KoruGen values, FromModel model, SplittableRandom random) {
        List<Value> arguments = new ArrayList<>();
        for (Field input : event.inputs()) {
            arguments.add(model.read(input.name(), input.type())
                    .or(() -> EventInputs.generated(values.gen(input.type()), random))
                    .orElseThrow(() -> new NotGenerable("no value of " + input.name() + " for the solver's seed")));
        }
        return arguments;
    }
}
