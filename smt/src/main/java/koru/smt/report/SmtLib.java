package koru.smt.report;

import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import koru.smt.logic.Query;
import koru.smt.z3.EncodeTerms;
import koru.smt.z3.Z3Sorts;

/**
 * Not trusted (text only): a query as an SMT-LIB 2 script a reader can run with {@code z3 FILE},
 * {@code unsat} meaning proven. It encodes the query as {@code Z3Solver.prove} does, in a context of
 * its own, so the text depends only on the query and the limit, never on what was solved before.
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
}
