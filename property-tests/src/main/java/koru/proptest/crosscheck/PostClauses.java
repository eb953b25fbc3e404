package koru.proptest.crosscheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import koru.kernel.describe.Describe;
import koru.kernel.interp.Contracts;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Value;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;

/**
 * Which clauses of a branch's postcondition an answer breaks: the conjuncts of its {@code where} (split at
 * top-level {@code &&}), each evaluated by {@link Contracts} over a copy of the program whose branch has that clause as
 * its whole {@code where}. Only asked once an answer is known to break the postcondition, so the copies are made lazily.
 */
final class PostClauses {
    private final Program program;
    private final Event event;
    /** By branch name: each clause with the contracts of a program whose branch has only that clause. */
    private final Map<String, List<Clause>> clauses = new HashMap<>();

    private record Clause(String text, Contracts contracts) {
    }

    /** A clause an answer breaks: its source text, and the evaluator's word for why. */
    record Broken(String clause, String why) {
    }

    PostClauses(Program program, Event event) {
        this.program = program;
        this.event = event;
    }

    /** The clauses of {@code taken}'s postcondition that do not hold of it on {@code args}. */
    List<Broken> broken(List<Value> args, Ended.Branch taken) {
        List<Broken> broken = new ArrayList<>();
        for (Clause clause : clausesOf(taken.branch())) {
            if (clause.contracts().post(event.name(), args, taken) instanceof Contracts.Check.Fails fails) {
                broken.add(new Broken(clause.text(), fails.what()));
            }
        }
        return broken;
    }

    private List<Clause> clausesOf(String branchName) {
        return clauses.computeIfAbsent(branchName, name -> {
            Branch branch = Lookup.branch(event, name).orElseThrow();
            return branch.post().stream().flatMap(PostClauses::conjuncts)
                    .map(clause -> new Clause(Describe.of(clause), new Contracts(withPost(branch, clause)))).toList();
        });
    }

    private static Stream<Expr> conjuncts(Expr where) {
        return where instanceof Expr.Binary binary && binary.op() == Expr.BinaryOp.AND
                ? Stream.concat(conjuncts(binary.left()), conjuncts(binary.right()))
                : Stream.of(where);
    }

    /** The program with {@code clause} as {@code branch}'s whole postcondition. */
    private Program withPost(Branch branch, Expr clause) {
        List<Branch> branches = event.branches().stream().map(each -> each == branch
                ? new Branch(each.name(), each.payload(), Optional.of(clause), each.optional(), each.origin()) : each).toList();
        Event narrowed = new Event(event.name(), event.inputs(), event.pre(), branches, event.flags(), event.implementation(), event.origin());
        List<Event> events = program.events().stream().map(each -> each == event ? narrowed : each).toList();
        return new Program(program.types(), events, program.bodies(), program.tests());
    }
}
