// Trusted: every sort and term of koru.smt.logic becomes the Z3 sort and expression of the same meaning (Koru's / and % exactly).
package koru.smt.z3;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.CharSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.EnumSort;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.IntExpr;
import com.microsoft.z3.SeqExpr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/**
 * Translates the query language to Z3 expressions, one to one: each operator becomes the Z3
 * operator of the same meaning, or, for {@code /} and {@code %}, an exact definition of
 * truncating division in terms of Z3's Euclidean {@code div}. A name used at two different
 * sorts within one query is refused: Z3 would silently make two constants that print alike.
 */
public final class EncodeTerms {
    private final Context z3;
    private final Z3Sorts sorts;
    private final Map<String, Sort> constantSorts = new HashMap<>();
    private final Map<String, Horn.Predicate> predicates = new HashMap<>();

    /** An encoder for one query or Horn problem: its names are checked against each other, not against other queries'. */
    public EncodeTerms(Context z3, Z3Sorts sorts) {
        this.z3 = z3;
        this.sorts = sorts;
    }

    /** The Z3 constant of a free constant or Horn-rule variable: the same name is the same constant. */
    Expr<?> constant(Term.Var var) {
        return z3.mkConst(Symbols.claim(constantSorts, var.name(), var.sort()), sorts.sort(var.sort()));
    }

    public BoolExpr formula(Term term) {
        return (BoolExpr) term(term);
    }

    /** {@code forall variables. body => head} ({@code => false} for a query rule), as Z3's Horn engine reads it. */
    public BoolExpr rule(Horn.Rule rule) {
        BoolExpr implication = z3.mkImplies(formula(rule.body()), rule.head().map(this::formula).orElse(z3.mkFalse()));
        Expr<?>[] variables = rule.variables().stream().map(this::constant).toArray(Expr<?>[]::new);
        return variables.length == 0 ? implication : z3.mkForall(variables, implication, 1, null, null, null, null);
    }

    Expr<?> term(Term term) {
        return switch (term) {
            case Term.Var v -> constant(v);
            case Term.IntLit i -> z3.mkInt(i.value().toString());
            case Term.BoolLit b -> z3.mkBool(b.value());
            case Term.TextLit t -> z3.mkString(escape(t.value()));
            case Term.EnumLit e -> ((EnumSort<?>) sorts.sort(e.sort())).getConst(e.sort().values().indexOf(e.value()));
            case Term.ConstArray c -> z3.mkConstArray(sorts.sort(c.key()), term(c.value()));
            case Term.App app -> application(app);
            case Term.PredicateApp p -> z3.mkApp(predicate(p.predicate()), p.args().stream().map(this::term).toArray(Expr<?>[]::new));
        };
    }

    FuncDecl<com.microsoft.z3.BoolSort> predicate(Horn.Predicate predicate) {
        return z3.mkFuncDecl(Symbols.claim(predicates, predicate.name(), predicate),
                predicate.parameters().stream().map(sorts::sort).toArray(com.microsoft.z3.Sort[]::new), z3.getBoolSort());
    }

    private Expr<?> application(Term.App app) {
        List<Term> args = app.args();
        return switch (app.op()) {
            case ADD -> z3.mkAdd(typed(args.get(0)), typed(args.get(1)));
            case SUB -> z3.mkSub(typed(args.get(0)), typed(args.get(1)));
            case MUL -> z3.mkMul(typed(args.get(0)), typed(args.get(1)));
            case DIV -> truncatedDivision(typed(args.get(0)), typed(args.get(1)));
            // a % b = a - b * (a / b) with truncating '/': the remainder takes the dividend's sign.
            case REM -> term(Term.App.of(Op.SUB, args.get(0),
                    Term.App.of(Op.MUL, args.get(1), Term.App.of(Op.DIV, args.get(0), args.get(1)))));
            case NEG -> z3.mkUnaryMinus(typed(args.get(0)));
            case LT -> z3.mkLt(typed(args.get(0)), typed(args.get(1)));
            case LE -> z3.mkLe(typed(args.get(0)), typed(args.get(1)));
            case GT -> z3.mkGt(typed(args.get(0)), typed(args.get(1)));
            case GE -> z3.mkGe(typed(args.get(0)), typed(args.get(1)));
            case EQ -> z3.mkEq(term(args.get(0)), term(args.get(1)));
            case DISTINCT -> z3.mkDistinct(term(args.get(0)), term(args.get(1)));
            case NOT -> z3.mkNot(formula(args.get(0)));
            case AND -> z3.mkAnd(formulas(args));
            case OR -> z3.mkOr(formulas(args));
            case IMPLIES -> z3.mkImplies(formula(args.get(0)), formula(args.get(1)));
            case ITE -> z3.mkITE(formula(args.get(0)), typed(args.get(1)), typed(args.get(2)));
            case SELECT -> z3.mkSelect(typed(args.get(0)), typed(args.get(1)));
            case STORE -> z3.mkStore(typed(args.get(0)), typed(args.get(1)), typed(args.get(2)));
            case UNION -> z3.mkSetUnion(typed(args.get(0)), typed(args.get(1)));
            case INTER -> z3.mkSetIntersection(typed(args.get(0)), typed(args.get(1)));
            case SUBSET -> z3.mkSetSubset(typed(args.get(0)), typed(args.get(1)));
            // The type argument picks the sequence mkConcat; inferred, the bit-vector overload would win.
            case CONCAT -> z3.mkConcat(this.<SeqExpr<CharSort>>typed(args.get(0)), typed(args.get(1)));
            // Counts the characters of the Z3 string; Koru's len is UTF-8 bytes (equal for ASCII only).
            case LENGTH -> z3.mkLength(typed(args.get(0)));
            case SUM -> z3.mkApp(sorts.sum((Sort.Array) args.get(0).sort()), term(args.get(0)));
        };
    }

    /**
     * Koru's {@code a / b}: the quotient of the magnitudes, negated when the signs differ. On
     * non-negative operands Z3's Euclidean {@code div} is the floor, which is the truncation.
     * For {@code b = 0} this is some fixed function of {@code a}, as in SMT-LIB; division by
     * zero is the kernel's separate {@code div} obligation.
     */
    private IntExpr truncatedDivision(IntExpr dividend, IntExpr divisor) {
        BoolExpr dividendNonNegative = z3.mkGe(dividend, z3.mkInt(0));
        BoolExpr divisorNonNegative = z3.mkGe(divisor, z3.mkInt(0));
        IntExpr magnitudes = (IntExpr) z3.mkDiv(magnitude(dividend, dividendNonNegative), magnitude(divisor, divisorNonNegative));
        return (IntExpr) z3.mkITE(z3.mkEq(dividendNonNegative, divisorNonNegative), magnitudes, z3.mkUnaryMinus(magnitudes));
    }

    private IntExpr magnitude(IntExpr value, BoolExpr nonNegative) {
        return (IntExpr) z3.mkITE(nonNegative, value, z3.mkUnaryMinus(value));
    }

    /**
     * Z3 reads escape sequences inside the string literals given to {@code mkString}, so text crosses
     * in Z3's escaped form: every character outside printable ASCII, and the backslash itself, as a
     * backslash, {@code u} and the hex digits of its code point in braces.
     */
    private static String escape(String text) {
        return text.codePoints()
                .mapToObj(c -> c >= 0x20 && c <= 0x7e && c != '\\' ? Character.toString(c) : "\\u{" + Integer.toHexString(c) + "}")
                .collect(Collectors.joining());
    }

    /** The Z3 expression of {@code term} at the Java type its sort gives it (the sort rules make the cast safe). */
    @SuppressWarnings("unchecked")
    private <E extends Expr<?>> E typed(Term term) {
        return (E) term(term);
    }

    private BoolExpr[] formulas(List<Term> terms) {
        return terms.stream().map(this::formula).toArray(BoolExpr[]::new);
    }
}
