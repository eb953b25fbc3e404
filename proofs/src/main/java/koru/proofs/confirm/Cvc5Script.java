package koru.proofs.confirm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A certificate's Z3 script made readable by cvc5 (docs/certificates.md, "What differs for cvc5"),
 * found by running cvc5 1.0.3 on the certificates of every shipped example:
 * <ul>
 * <li>{@code (set-option :rlimit N)} is Z3's; cvc5's limit is its command line's {@code --rlimit-per}.</li>
 * <li>{@code (set-logic ALL)} first: without a logic cvc5 warns on every script.</li>
 * <li>Z3 prints an empty disjunction as the bare symbol {@code or} (and an empty conjunction as {@code and});
 *     cvc5 wants {@code false} and {@code true}.</li>
 * <li>Z3's sets are arrays to {@code Bool} with the operators {@code union}, {@code intersection} and
 *     {@code subset}, which cvc5 does not have on arrays: they are defined for each set sort of the
 *     script, exactly (point by point, with a quantifier), after its datatypes.</li>
 * </ul>
 * Nothing else changes, so cvc5 decides the same formulas; a mistake here can only make cvc5 answer
 * about a different formula, which {@link ConfirmWithCvc5} reports, never hides.
 */
public final class Cvc5Script {
    private static final Set<String> SET_OPERATORS = Set.of("union", "intersection", "subset");

    private Cvc5Script() {
    }

    /** The cvc5 script for a query's Z3 script (a Horn problem is not confirmable: cvc5 has no Horn engine). */
    public static String of(String z3Script) {
        List<String> commands = topLevelCommands(z3Script);
        StringBuilder out = new StringBuilder("(set-logic ALL)\n");
        boolean setsDefined = !usesSetOperators(z3Script);
        for (String command : commands) {
            if (command.startsWith("(set-option :rlimit")) {
                continue;
            }
            if (!setsDefined && !command.startsWith("(declare-datatypes") && !command.startsWith("(declare-sort")) {
                out.append(setDefinitions(elementSorts(z3Script)));
                setsDefined = true;
            }
            out.append(withoutBareConnectives(command)).append('\n');
        }
        return out.toString();
    }

    /** For each set sort {@code (Array T Bool)}: {@code subset} as a definition, {@code union} and {@code intersection} by an axiom. */
    private static String setDefinitions(Set<String> elementSorts) {
        StringBuilder definitions = new StringBuilder();
        for (String t : elementSorts) {
            String set = "(Array " + t + " Bool)";
            definitions.append("(define-fun subset ((a ").append(set).append(") (b ").append(set).append(")) Bool (forall ((x ")
                    .append(t).append(")) (=> (select a x) (select b x))))\n");
            for (String[] op : new String[][] {{"union", "or"}, {"intersection", "and"}}) {
                definitions.append("(declare-fun ").append(op[0]).append(" (").append(set).append(' ').append(set).append(") ")
                        .append(set).append(")\n(assert (forall ((a ").append(set).append(") (b ").append(set).append(") (x ")
                        .append(t).append(")) (= (select (").append(op[0]).append(" a b) x) (").append(op[1])
                        .append(" (select a x) (select b x)))))\n");
            }
        }
        return definitions.toString();
    }

    private static boolean usesSetOperators(String script) {
        List<String> tokens = tokens(script);
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i - 1).equals("(") && SET_OPERATORS.contains(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Every {@code T} of an {@code (Array T Bool)} whose {@code T} is one symbol (Koru's sets are of enumerations). */
    private static Set<String> elementSorts(String script) {
        List<String> tokens = tokens(script);
        Set<String> sorts = new LinkedHashSet<>();
        for (int i = 0; i + 4 < tokens.size(); i++) {
            if (tokens.get(i).equals("(") && tokens.get(i + 1).equals("Array") && !tokens.get(i + 2).equals("(")
                    && tokens.get(i + 3).equals("Bool") && tokens.get(i + 4).equals(")")) {
                sorts.add(tokens.get(i + 2));
            }
        }
        return sorts;
    }

    /** The command with each {@code or} / {@code and} that is not applied (no {@code (} before it) as {@code false} / {@code true}. */
    private static String withoutBareConnectives(String command) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (String token : tokensWithSpace(command)) {
            boolean bare = !previous.equals("(");
            out.append(bare && token.equals("or") ? "false" : bare && token.equals("and") ? "true" : token);
            if (!token.isBlank()) {
                previous = token;
            }
        }
        return out.toString();
    }

    /** The script's top-level commands, comments dropped, each on one line of its own text. */
    private static List<String> topLevelCommands(String script) {
        List<String> commands = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        int depth = 0;
        for (String token : tokensWithSpace(script)) {
            if (depth == 0 && token.isBlank()) {
                continue;
            }
            command.append(token);
            depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
            if (depth == 0) {
                commands.add(command.toString());
                command.setLength(0);
            }
        }
        return commands;
    }

    private static List<String> tokens(String script) {
        return tokensWithSpace(script).stream().filter(t -> !t.isBlank()).toList();
    }

    /**
     * SMT-LIB tokens, the white space between them kept as tokens of their own so the text can be put
     * back together: parentheses, {@code |quoted symbols|}, {@code "strings"} (a doubled quote inside
     * is one quote), and atoms; comments ({@code ;} to the end of the line) are dropped.
     */
    static List<String> tokensWithSpace(String script) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            int end;
            if (c == '(' || c == ')') {
                end = i + 1;
            } else if (Character.isWhitespace(c)) {
                end = i;
                while (end < script.length() && Character.isWhitespace(script.charAt(end))) {
                    end++;
                }
            } else if (c == ';') {
                end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                continue;
            } else if (c == '|') {
                end = script.indexOf('|', i + 1) + 1;
            } else if (c == '"') {
                end = i + 1;
                while (end < script.length() && (script.charAt(end) != '"' || end + 1 < script.length() && script.charAt(end + 1) == '"')) {
                    end += script.charAt(end) == '"' ? 2 : 1;
                }
                end++;
            } else {
                end = i;
                while (end < script.length() && "();|\"".indexOf(script.charAt(end)) < 0 && !Character.isWhitespace(script.charAt(end))) {
                    end++;
                }
            }
            if (end <= i) {
                throw new IllegalArgumentException("unterminated " + c + " at " + i + " of the script");
            }
            end = Math.min(end, script.length());
            tokens.add(script.substring(i, end));
            i = end;
        }
        return tokens;
    }
}
