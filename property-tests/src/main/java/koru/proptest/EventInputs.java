package koru.proptest;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import koru.kernel.interp.Value;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Event;

/**
 * The argument lists of an event (its inputs, in order) that satisfy its precondition, as the caller's
 * {@code pre} check says. Random values filtered by {@code pre} do, unless the filter rejects most of
 * them: then Z3 is asked for arguments that satisfy the precondition ({@link SolverSeeds}), and the
 * generator draws mostly from those (solver-aided generation, docs/testing.md).
 */
public final class EventInputs {
    /** Candidates drawn to measure how often the precondition holds of random arguments. */
    static final int PROBES = 200;
    /** Solver-aided generation kicks in when fewer than one probe in this many is accepted (more than 90 % rejected). */
    static final int ACCEPTED_ONE_IN = 10;
    /** Seeds asked of Z3: each with other random side constraints, so they differ. */
    static final int SOLVER_ATTEMPTS = 16;
    /** Retries of the random filter when solver seeds stand beside it. */
    private static final int FILTER_TRIES_BESIDE_SEEDS = 10;

    /**
     * How the inputs are generated, and why: {@code accepted} of {@link #PROBES} random candidates met the
     * precondition; {@code solverSeeds} (empty unless solver-aided) are the Z3 witnesses that the caller's
     * check also accepted, {@code refused} those it did not.
     */
    public record Plan(int accepted, boolean solverAided, List<List<Value>> solverSeeds, int refused) {
        public Plan {
            solverSeeds = List.copyOf(solverSeeds);
        }
    }

    private final Gen<List<Value>> gen;
    private final Plan plan;

    private EventInputs(Gen<List<Value>> gen, Plan plan) {
        this.gen = gen;
        this.plan = plan;
    }

    /**
     * {@code event}'s inputs in {@code program}, accepted by {@code pre} (the precondition's check) and,
     * in each record, by {@code invariantHolds}; {@code seed} makes the probing and the solver's side
     * constraints, so one seed gives one plan.
     */
    public static EventInputs of(Program program, Event event, Predicate<List<Value>> pre, Predicate<Value> invariantHolds, long seed) {
        KoruGen values = KoruGen.forProgram(program, invariantHolds);
        Gen<List<Value>> random = Gen.sequence(event.inputs().stream().map(input -> values.gen(input.type())).toList());
        SplittableRandom source = new SplittableRandom(seed);
        int accepted = acceptedOf(random, pre, source);
        if (event.pre().isEmpty() || accepted * ACCEPTED_ONE_IN >= PROBES) {
            return new EventInputs(random.filter(pre), new Plan(accepted, false, List.of(), 0));
        }
        SolverSeeds.Found found = SolverSeeds.find(program, event, values, SOLVER_ATTEMPTS, source);
        List<List<Value>> seeds = found.witnesses().stream().filter(pre).toList();
        Plan plan = new Plan(accepted, true, seeds, found.witnesses().size() - seeds.size());
        if (seeds.isEmpty()) {
            return new EventInputs(random.filter(pre), plan);
        }
        return new EventInputs(Gen.frequency(List.of(new Gen.Weighted<>(9, Gen.elements(seeds)),
                new Gen.Weighted<>(1, random.filter(pre, FILTER_TRIES_BESIDE_SEEDS)))), plan);
    }

    public Gen<List<Value>> gen() {
        return gen;
    }

    public Plan plan() {
        return plan;
    }

    private static int acceptedOf(Gen<List<Value>> random, Predicate<List<Value>> pre, SplittableRandom source) {
        int accepted = 0;
        for (int probe = 0; probe < PROBES; probe++) {
            Optional<List<Value>> candidate = generated(random, source);
            if (candidate.filter(pre).isPresent()) {
                accepted++;
            }
        }
        return accepted;
    }

    /** One random value of {@code gen}; none when its generators made none (a record's invariant filter rejected). */
    static <T> Optional<T> generated(Gen<T> gen, SplittableRandom source) {
        try {
            return Optional.of(gen.generate(Choices.random(source.split())));
        } catch (Invalid invalid) {
            return Optional.empty();
        }
    }
}
