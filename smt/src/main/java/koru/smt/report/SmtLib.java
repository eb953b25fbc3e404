package koru.smt.report;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import koru.smt.logic.Horn;
import koru.smt.logic.Query;
import koru.smt.z3.EncodeTerms;
import koru.smt.z3.Z3Sorts;

/**
 * Not trusted (text only): a query or a Horn problem as an SMT-LIB 2 script a reader can run with
 * {@code z3 FILE}. A query's script answers {@code unsat} when it is proven; a Horn problem's answers
 * {@code sat} (its rules have a model: the loop invariants exist). Each is encoded as {@code Z3Solver}
 * encodes it, in a context of its own, so the text depends only on the problem and the limit, never on
 * what was solved before.
 */
public final class SmtLib {
    private SmtLib() {
    }

    public static String script(Query query, long resourceLimit) {
        return script(resourceLimit, "", (z3, encode) -> Stream.concat(query.assumptions().stream().map(encode::formula),
                Stream.of(z3.mkNot(encode.formula(query.goal())))));
    }

    /** The Horn problem with the logic that selects Z3's Horn engine, as {@code Z3Solver.solve} does. */
    public static String script(Horn problem, long resourceLimit) {
        return script(resourceLimit, "(set-logic HORN)\n", (z3, encode) -> problem.rules().stream().map(encode::rule));
    }

    /** The assertions {@code encode} makes, printed by Z3 from a context of their own, under the limit and the {@code header}. */
    private static String script(long resourceLimit, String header, BiFunction<Context, EncodeTerms, Stream<BoolExpr>> assertions) {
        try (Context z3 = new Context()) {
            Solver solver = z3.mkSolver();
            assertions.apply(z3, new EncodeTerms(z3, new Z3Sorts(z3))).forEach(solver::add);
            return "(set-option :rlimit " + resourceLimit + ")\n" + header + solver + "(check-sat)\n";
        }
    }
}
