package koru.smt.report;

import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
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
        try (Context z3 = new Context()) {
            Solver solver = z3.mkSolver();
            EncodeTerms encode = new EncodeTerms(z3, new Z3Sorts(z3));
            query.assumptions().forEach(a -> solver.add(encode.formula(a)));
            solver.add(z3.mkNot(encode.formula(query.goal())));
            return "(set-option :rlimit " + resourceLimit + ")\n" + solver + "(check-sat)\n";
        }
    }

    /** The Horn problem with the logic that selects Z3's Horn engine, as {@code Z3Solver.solve} does. */
    public static String script(Horn problem, long resourceLimit) {
        try (Context z3 = new Context()) {
            Solver solver = z3.mkSolver();
            EncodeTerms encode = new EncodeTerms(z3, new Z3Sorts(z3));
            problem.rules().forEach(rule -> solver.add(encode.rule(rule)));
            return "(set-option :rlimit " + resourceLimit + ")\n(set-logic HORN)\n" + solver + "(check-sat)\n";
        }
    }
}
