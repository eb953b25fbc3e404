package koru.proptest.crosscheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import koru.kernel.interp.Contracts;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Value;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Event;
import koru.proptest.Invalid;

/**
 * Runs every implementation of one event on one input (that meets its precondition) and says what is
 * wrong: an implementation that faulted, a branch that breaks its postcondition, an answer that differs
 * from the reference's (the first implementation: the interpreter where there is one). An input the
 * interpreter stops on at its limits is {@linkplain Invalid.Discarded set aside}: it says nothing either way.
 */
final class Judge {
    /** Every answer on one input, and what is wrong with them: nothing when the input passes. */
    record Judgement(List<Answer> answers, List<Problem> problems) {
    }

    private final Event event;
    private final List<Implementation> implementations;
    private final Contracts contracts;
    private final PostClauses clauses;

    Judge(Program program, Event event, List<Implementation> implementations, Contracts contracts) {
        this.event = event;
        this.implementations = List.copyOf(implementations);
        this.contracts = contracts;
        this.clauses = new PostClauses(program, event);
    }

    List<String> implementations() {
        return implementations.stream().map(Implementation::name).toList();
    }

    boolean passes(List<Value> args) {
        return judge(args).problems().isEmpty();
    }

    Judgement judge(List<Value> args) {
        List<Answer> answers = new ArrayList<>(implementations.size());
        List<Problem> problems = new ArrayList<>();
        // Equal answers meet the postcondition alike: each distinct one is checked once.
        Map<Ended, List<PostClauses.Broken>> broken = new HashMap<>();
        for (Implementation implementation : implementations) {
            Ended ended = implementation.run().apply(args);
            answers.add(new Answer(implementation.name(), ended));
            switch (ended) {
                case Ended.Fault fault -> problems.add(new Problem.Faulted(implementation.name(), fault.what()));
                // The interpreter (the first to run) gave up: the input is set aside before the others run on and on.
                case Ended.Stopped stopped -> throw new Invalid.Discarded(implementation.name() + " stopped: " + stopped.what());
                case Ended.Branch branch -> broken.computeIfAbsent(ended, e -> breaks(branch, args)).forEach(clause ->
                        problems.add(new Problem.BreaksPostcondition(implementation.name(), branch.branch(), clause.clause(), clause.why())));
            }
        }
        // A fault is reported as one; the branches taken are compared with the first taken (the interpreter's, if it took one).
        List<Answer> branches = answers.stream().filter(answer -> answer.ended() instanceof Ended.Branch).toList();
        if (!branches.isEmpty()) {
            Answer reference = branches.getFirst();
            branches.stream().skip(1).filter(answer -> !answer.ended().equals(reference.ended())).forEach(answer -> problems.add(
                    new Problem.Disagrees(answer.implementation(), reference.implementation(), differingFields(reference.ended(), answer.ended()))));
        }
        return new Judgement(answers, problems);
    }

    /** The fields in which two struct payloads of one branch differ; none when the branches or payloads are not both such. */
    private static List<String> differingFields(Ended reference, Ended answer) {
        if (reference instanceof Ended.Branch expected && answer instanceof Ended.Branch got && expected.branch().equals(got.branch())
                && expected.payload().orElse(null) instanceof Value.Struct want && got.payload().orElse(null) instanceof Value.Struct have
                && want.fields().keySet().equals(have.fields().keySet())) {
            return want.fields().keySet().stream().filter(field -> !want.field(field).equals(have.field(field))).toList();
        }
        return List.of();
    }

    /** The clauses {@code taken} breaks; none for a void event, whose branch is no branch. */
    private List<PostClauses.Broken> breaks(Ended.Branch taken, List<Value> args) {
        if (event.branches().isEmpty() || !(contracts.post(event.name(), args, taken) instanceof Contracts.Check.Fails whole)) {
            return List.of();
        }
        List<PostClauses.Broken> clauseWise = clauses.broken(args, taken);
        // The whole postcondition fails but no clause alone does: the branch is none of the event's, say.
        return clauseWise.isEmpty() ? List.of(new PostClauses.Broken("where", whole.what())) : clauseWise;
    }
}
