package koru.kernel.interp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import koru.kernel.describe.Describe;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;

/**
 * A program's contracts evaluated on values, over unbounded integers (B2): what the interpreter checks
 * at each call and constructor, and what a cross-checker asks of another implementation's inputs and
 * outputs. A contract that divides by zero fails, saying so.
 */
public final class Contracts {
    /** Whether a contract held of the values it was asked about. */
    public sealed interface Check {
        record Holds() implements Check {
        }

        /** It does not hold, or could not be evaluated (a division by zero): {@code what} says which contract and why. */
        record Fails(String what) implements Check {
        }
    }

    private static final Check HOLDS = new Check.Holds();

    private final Lookup lookup;

    public Contracts(Program program) {
        this.lookup = new Lookup(program);
    }

    /** {@code event}'s precondition of {@code args} (in input order). */
    public Check pre(String event, List<Value> args) {
        Event callee = event(event);
        return check(callee.pre(), () -> Describe.precondition(event, callee.pre().orElseThrow()), inputs(callee, args), Map.of());
    }

    /** The postcondition of the branch {@code taken} of {@code event} on {@code args}: its payload by name, the inputs as {@code in.f}. */
    public Check post(String event, List<Value> args, Ended.Branch taken) {
        Event callee = event(event);
        Optional<Branch> branch = Lookup.branch(callee, taken.branch());
        if (branch.isEmpty()) {
            return new Check.Fails(Describe.simple(event) + " has no branch " + taken.branch());
        }
        return check(branch.get().post(), () -> Describe.postcondition(callee, branch.get()),
                payloadScope(branch.get(), taken.payload()), inputs(callee, args));
    }

    /** The data invariant of {@code record}'s type; a struct payload, or a record type without one, holds trivially. */
    public Check invariant(Value.Struct record) {
        Optional<Expr> invariant = lookup.record(record.name()).flatMap(Program.TypeDecl.RecordType::invariant);
        return check(invariant, () -> Describe.invariant(record.name(), invariant.orElseThrow()), record.fields(), Map.of());
    }

    private Check check(Optional<Expr> contract, Supplier<String> described,
            Map<String, Value> names, Map<String, Value> inputs) {
        if (contract.isEmpty()) {
            return HOLDS;
        }
        try {
            return Evaluate.holds(lookup, contract.get(), names, inputs) ? HOLDS
                    : new Check.Fails(described.get() + ": it does not");
        } catch (Faulted faulted) {
            return new Check.Fails(described.get() + ": " + faulted.what());
        }
    }

    private Event event(String name) {
        return lookup.event(name).orElseThrow(() -> new IllegalArgumentException("no event " + name + " in the program"));
    }

    /** The arguments of {@code event} by input name. */
    static Map<String, Value> inputs(Event event, List<Value> args) {
        Map<String, Value> byName = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            byName.put(event.inputs().get(i).name(), args.get(i));
        }
        return byName;
    }

    /** In a branch's where: an identity payload by the branch's name, a struct payload's fields by theirs (B2). */
    static Map<String, Value> payloadScope(Branch branch, Optional<Value> payload) {
        return payload.map(value -> branch.payload() instanceof Program.Payload.Fields && value instanceof Value.Struct fields
                ? fields.fields() : Map.of(branch.name(), value)).orElse(Map.of());
    }
}
