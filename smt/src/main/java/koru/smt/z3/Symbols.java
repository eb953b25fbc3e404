// Trusted: distinct names of the query language get distinct Z3 symbols, and no query name can capture an encoder-internal or SMT-LIB name.
package koru.smt.z3;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Z3 symbol for each name of a query. A plain identifier that SMT-LIB does not reserve keeps
 * its name, so an emitted script reads like the query; every other name is escaped into the
 * {@code koru!v!} namespace. Plain names contain no {@code !}, so the two sets cannot meet, and
 * encoder-internal symbols (sum functions) use the separate {@code koru!} prefixes below.
 */
final class Symbols {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** SMT-LIB reserved words and the Z3 names a declared constant could shadow in a script. */
    private static final Set<String> RESERVED = Set.of(
            "as", "let", "forall", "exists", "match", "par", "lambda", "_",
            "true", "false", "not", "and", "or", "xor", "ite", "distinct", "select", "store",
            "div", "mod", "rem", "abs", "map", "const", "union", "intersection", "subset",
            "Int", "Bool", "Real", "String", "Array", "Seq", "RegLan", "BINARY", "DECIMAL",
            "HEXADECIMAL", "NUMERAL", "STRING");

    private Symbols() {
    }

    /** The symbol of a free constant, a bound variable, a predicate or a sort. */
    static String of(String name) {
        if (PLAIN.matcher(name).matches() && !RESERVED.contains(name)) {
            return name;
        }
        return "koru!v!" + escape(name);
    }

    /**
     * The symbol of {@code name}, claimed in {@code claimed} for {@code meaning}: a name means one thing
     * within a query (or a context's sorts), since Z3 would make two things of one name that print alike.
     */
    static <T> String claim(Map<String, T> claimed, String name, T meaning) {
        T known = claimed.putIfAbsent(name, meaning);
        if (known != null && !known.equals(meaning)) {
            throw new IllegalArgumentException("the name " + name + " is used for both " + known + " and " + meaning);
        }
        return of(name);
    }

    /**
     * The constructor of one enumeration value, {@code Right.read}: never a constant's symbol, since
     * plain names and escaped names hold no raw dot, and this one holds exactly one.
     */
    static String enumValue(String sortSymbol, String value) {
        return sortSymbol + "." + escape(value);
    }

    /** The uninterpreted sum over maps of one sort, named after the sort as Z3 prints it. */
    static String sum(String mapSort) {
        return "koru!sum!" + escape(mapSort);
    }

    // Injective; the result holds no bar or backslash (so Z3 can always print it as |...|) and no dot.
    private static String escape(String name) {
        return name.replace("!", "!!").replace("|", "!p").replace("\\", "!b").replace(".", "!d");
    }
}
