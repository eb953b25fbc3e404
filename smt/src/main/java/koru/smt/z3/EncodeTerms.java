// Trusted: every sort and term of koru.smt.logic becomes the Z3 sort and expression with the same meaning, and Koru's / and % are exact.
package koru.smt.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.EnumSort;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.IntExpr;
import com.microsoft.z3.IntSort;
import com.microsoft.z3.SeqExpr;
import com.microsoft.z3.UninterpretedSort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/**
 * Translates the query language to Z3 expressions of one context, one to one: each operator
 * becomes the Z3 operator of the same meaning, or, for {@code /} and {@code %}, an exact
 * definition of truncating division in terms of Z3's Euclidean {@code div}. The caches make
 * the same name the same Z3 object; a name used at two different sorts is refused, because
 * Z3 would otherwise silently make two different constants that print alike.
 */
final class EncodeTerms {
    private final Context z3;
    private final Map<String, Sort> constantSorts = new HashMap<>();
    private final Map<String, Sort> namedSorts = new HashMap<>();
    private final Map<Sort.Enum, EnumSort<?>> enums = new HashMap<>();
    private final Map<Sort.Opaque, UninterpretedSort> opaques = new HashMap<>();
    private final Map<Sort.Array, FuncDecl<IntSort>> sums = new HashMap<>();
    private final Map<String, Horn.Predicate> predicateNames = new HashMap<>();
    private final Map<Horn.Predicate, FuncDecl<com.microsoft.z3.BoolSort>> predicates = new HashMap<>();

    EncodeTerms(Context z3) {
        this.z3 = z3;
    }

    com.microsoft.z3.Sort sort(Sort sort) {
        return switch (sort) {
            case Sort.Int i -> z3.getIntSort();
            case Sort.Bool b -> z3.getBoolSort();
            case Sort.Text t -> z3.getStringSort();
            case Sort.Array a -> z3.mkArraySort(sort(a.key()), sort(a.value()));
            case Sort.Enum e -> enumSort(e);
            case Sort.Opaque o -> opaques.computeIfAbsent(o, k -> {
                claimSortName(k.name(), k);
                return z3.mkUninterpretedSort(Symbols.of(k.name()));
            });
        };
    }

    EnumSort<?> enumSort(Sort.Enum e) {
        return enums.computeIfAbsent(e, k -> {
            claimSortName(k.name(), k);
            String symbol = Symbols.of(k.name());
            String[] constructors = k.values().stream().map(v -> Symbols.enumValue(symbol, v)).toArray(String[]::new);
            return z3.mkEnumSort(symbol, constructors);
        });
    }

    UninterpretedSort opaqueSort(Sort.Opaque o) {
        return (UninterpretedSort) sort(o);
    }

    /** The Z3 constant of a free constant or Horn-rule variable: the same name is the same constant. */
    Expr<?> constant(Term.Var var) {
        Sort known = constantSorts.putIfAbsent(var.name(), var.sort());
        if (known != null && !known.equals(var.sort())) {
            throw new IllegalArgumentException("the name " + var.name() + " is used at two sorts: " + known + " and " + var.sort());
        }
        return z3.mkConst(Symbols.of(var.name()), sort(var.sort()));
    }

    BoolExpr formula(Term term) {
        return (BoolExpr) term(term);
    }

    Expr<?> term(Term term) {
        return switch (term) {
            case Term.Var v -> constant(v);
            case Term.IntLit i -> z3.mkInt(i.value().toString());
            case Term.BoolLit b -> z3.mkBool(b.value());
            case Term.TextLit t -> z3.mkString(TextLiterals.escape(t.value()));
            case Term.EnumLit e -> enumSort(e.sort()).getConst(e.sort().values().indexOf(e.value()));
            case Term.ConstArray c -> z3.mkConstArray(sort(c.key()), term(c.value()));
            case Term.App app -> application(app);
            case Term.PredicateApp p -> z3.mkApp(predicate(p.predicate()), terms(p.args()));
        };
    }

    FuncDecl<com.microsoft.z3.BoolSort> predicate(Horn.Predicate predicate) {
        Horn.Predicate known = predicateNames.putIfAbsent(predicate.name(), predicate);
        if (known != null && !known.equals(predicate)) {
            throw new IllegalArgumentException("two predicates are named " + predicate.name());
        }
        return predicates.computeIfAbsent(predicate, p -> z3.mkFuncDecl(Symbols.of(p.name()),
                p.parameters().stream().map(this::sort).toArray(com.microsoft.z3.Sort[]::new), z3.getBoolSort()));
    }

    private Expr<?> application(Term.App app) {
        List<Term> args = app.args();
        return switch (app.op()) {
            case ADD -> z3.mkAdd(integer(args.get(0)), integer(args.get(1)));
            case SUB -> z3.mkSub(integer(args.get(0)), integer(args.get(1)));
            case MUL -> z3.mkMul(integer(args.get(0)), integer(args.get(1)));
            case DIV -> truncatedDivision(integer(args.get(0)), integer(args.get(1)));
            case REM -> {
                IntExpr dividend = integer(args.get(0));
                IntExpr divisor = integer(args.get(1));
                // a % b = a - b * (a / b) with truncating '/': the remainder takes the dividend's sign.
                yield z3.mkSub(dividend, z3.mkMul(divisor, truncatedDivision(dividend, divisor)));
            }
            case NEG -> z3.mkUnaryMinus(integer(args.get(0)));
            case LT -> z3.mkLt(integer(args.get(0)), integer(args.get(1)));
            case LE -> z3.mkLe(integer(args.get(0)), integer(args.get(1)));
            case GT -> z3.mkGt(integer(args.get(0)), integer(args.get(1)));
            case GE -> z3.mkGe(integer(args.get(0)), integer(args.get(1)));
            case EQ -> z3.mkEq(term(args.get(0)), term(args.get(1)));
            case DISTINCT -> z3.mkDistinct(term(args.get(0)), term(args.get(1)));
            case NOT -> z3.mkNot(formula(args.get(0)));
            case AND -> z3.mkAnd(formulas(args));
            case OR -> z3.mkOr(formulas(args));
            case IMPLIES -> z3.mkImplies(formula(args.get(0)), formula(args.get(1)));
            case ITE -> z3.mkITE(formula(args.get(0)), anySort(term(args.get(1))), anySort(term(args.get(2))));
            case SELECT -> z3.mkSelect(array(args.get(0)), anySort(term(args.get(1))));
            case STORE -> z3.mkStore(array(args.get(0)), anySort(term(args.get(1))), anySort(term(args.get(2))));
            case UNION -> z3.mkSetUnion(set(args.get(0)), set(args.get(1)));
            case INTER -> z3.mkSetIntersection(set(args.get(0)), set(args.get(1)));
            case SUBSET -> z3.mkSetSubset(set(args.get(0)), set(args.get(1)));
            case CONCAT -> z3.mkConcat(text(args.get(0)), text(args.get(1)));
            // Counts the characters of the Z3 string; Koru's len is UTF-8 bytes (equal for ASCII only).
            case LENGTH -> z3.mkLength(text(args.get(0)));
            case SUM -> (IntExpr) z3.mkApp(sum((Sort.Array) args.get(0).sort()), term(args.get(0)));
        };
    }

    /**
     * Koru's {@code a / b}: the quotient of the magnitudes, negated when the signs differ. On
     * non-negative operands Z3's Euclidean {@code div} is the floor, which is the truncation.
     * For {@code b = 0} this is some fixed function of {@code a}, as in SMT-LIB; division by
     * zero is the kernel's separate {@code div} obligation.
     */
    private ArithExpr<IntSort> truncatedDivision(IntExpr dividend, IntExpr divisor) {
        BoolExpr dividendNonNegative = z3.mkGe(dividend, z3.mkInt(0));
        BoolExpr divisorNonNegative = z3.mkGe(divisor, z3.mkInt(0));
        IntExpr magnitudes = (IntExpr) z3.mkDiv(magnitude(dividend, dividendNonNegative), magnitude(divisor, divisorNonNegative));
        return (IntExpr) z3.mkITE(z3.mkEq(dividendNonNegative, divisorNonNegative), magnitudes, z3.mkUnaryMinus(magnitudes));
    }

    private IntExpr magnitude(IntExpr value, BoolExpr nonNegative) {
        return (IntExpr) z3.mkITE(nonNegative, value, z3.mkUnaryMinus(value));
    }

    /** One uninterpreted function per map sort, without axioms: the kernel states what it knows as lemma instances. */
    FuncDecl<IntSort> sum(Sort.Array mapSort) {
        return sums.computeIfAbsent(mapSort, s -> z3.mkFuncDecl(Symbols.sum(describe(s)), sort(s), z3.getIntSort()));
    }

    private String describe(Sort sort) {
        return switch (sort) {
            case Sort.Int i -> "Int";
            case Sort.Bool b -> "Bool";
            case Sort.Text t -> "Text";
            case Sort.Array a -> "(Array " + describe(a.key()) + " " + describe(a.value()) + ")";
            case Sort.Enum e -> e.name();
            case Sort.Opaque o -> o.name();
        };
    }

    // An enumeration and a host type of one name (or two enumerations with different values) would print as one sort.
    private void claimSortName(String name, Sort sort) {
        Sort known = namedSorts.putIfAbsent(name, sort);
        if (known != null && !known.equals(sort)) {
            throw new IllegalArgumentException("the sort name " + name + " is used for " + known + " and " + sort);
        }
    }

    private IntExpr integer(Term term) {
        return (IntExpr) term(term);
    }

    @SuppressWarnings("unchecked")
    private SeqExpr<com.microsoft.z3.CharSort> text(Term term) {
        return (SeqExpr<com.microsoft.z3.CharSort>) term(term);
    }

    @SuppressWarnings("unchecked")
    private ArrayExpr<com.microsoft.z3.Sort, com.microsoft.z3.Sort> array(Term term) {
        return (ArrayExpr<com.microsoft.z3.Sort, com.microsoft.z3.Sort>) term(term);
    }

    @SuppressWarnings("unchecked")
    private ArrayExpr<com.microsoft.z3.Sort, com.microsoft.z3.BoolSort> set(Term term) {
        return (ArrayExpr<com.microsoft.z3.Sort, com.microsoft.z3.BoolSort>) term(term);
    }

    @SuppressWarnings("unchecked")
    private static Expr<com.microsoft.z3.Sort> anySort(Expr<?> expr) {
        return (Expr<com.microsoft.z3.Sort>) expr;
    }

    private BoolExpr[] formulas(List<Term> terms) {
        return terms.stream().map(this::formula).toArray(BoolExpr[]::new);
    }

    private Expr<?>[] terms(List<Term> terms) {
        return terms.stream().map(this::term).toArray(Expr<?>[]::new);
    }
}
