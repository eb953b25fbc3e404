package koru.proofs.cache;

import java.util.List;
import java.util.stream.Collectors;
import koru.smt.logic.Horn;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/**
 * Not trusted: a problem of the query language as one canonical s-expression, written in Java without Z3.
 * It is injective: every constant carries its sort, names are quoted with {@code |} (a bar or a backslash
 * in one escaped), text literals keep every character (anything outside printable ASCII, a quote or a
 * backslash as {@code \\u{hex}}), enumeration sorts list their values. So two problems with one text are
 * one problem, and what the trusted encoder makes of it (with the same encoder, {@link ProofKeys}) is one
 * formula. The query's name is left out: it names, it does not state.
 */
final class ProblemText {
    private ProblemText() {
    }

    static String of(Query query) {
        return "(query" + query.assumptions().stream().map(a -> " (assume " + term(a) + ")").collect(Collectors.joining())
                + " (goal " + term(query.goal()) + "))";
    }

    static String of(Horn problem) {
        return "(horn"
                + problem.predicates().stream().map(p -> " (predicate " + predicate(p) + ")").collect(Collectors.joining())
                + problem.rules().stream().map(ProblemText::rule).collect(Collectors.joining()) + ")";
    }

    private static String rule(Horn.Rule rule) {
        return " (rule (forall" + rule.variables().stream().map(v -> " " + term(v)).collect(Collectors.joining()) + ") "
                + term(rule.body()) + " " + rule.head().map(ProblemText::term).orElse("false") + ")";
    }

    private static String predicate(Horn.Predicate predicate) {
        return symbol(predicate.name()) + " (" + predicate.parameters().stream().map(ProblemText::sort).collect(Collectors.joining(" ")) + ")";
    }

    private static String term(Term term) {
        return switch (term) {
            case Term.Var v -> "(var " + symbol(v.name()) + " " + sort(v.sort()) + ")";
            case Term.IntLit i -> i.value().toString();
            case Term.BoolLit b -> Boolean.toString(b.value());
            case Term.TextLit t -> text(t.value());
            case Term.EnumLit e -> "(value " + sort(e.sort()) + " " + symbol(e.value()) + ")";
            case Term.ConstArray c -> "(const " + sort(c.key()) + " " + term(c.value()) + ")";
            case Term.App app -> "(" + app.op() + args(app.args()) + ")";
            case Term.PredicateApp p -> "(apply " + predicate(p.predicate()) + args(p.args()) + ")";
        };
    }

    private static String args(List<Term> args) {
        return args.stream().map(a -> " " + term(a)).collect(Collectors.joining());
    }

    private static String sort(Sort sort) {
        return switch (sort) {
            case Sort.Int i -> "Int";
            case Sort.Bool b -> "Bool";
            case Sort.Text t -> "Text";
            case Sort.Array a -> "(Array " + sort(a.key()) + " " + sort(a.value()) + ")";
            case Sort.Enum e -> "(Enum " + symbol(e.name()) + e.values().stream().map(v -> " " + symbol(v)).collect(Collectors.joining()) + ")";
            case Sort.Opaque o -> "(Opaque " + symbol(o.name()) + ")";
        };
    }

    private static String symbol(String name) {
        return "|" + name.replace("\\", "\\\\").replace("|", "\\|") + "|";
    }

    private static String text(String value) {
        return value.codePoints()
                .mapToObj(c -> c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? Character.toString(c) : "\\u{" + Integer.toHexString(c) + "}")
                .collect(Collectors.joining("", "\"", "\""));
    }
}
