package koru.kernel.describe;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import koru.kernel.ir.Expr;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Ty;

/**
 * Not trusted (text only): IR expressions and types written back in Koru syntax, for obligation
 * descriptions and the re-check's messages. Nothing the kernel decides reads this text.
 */
public final class Describe {
    private Describe() {
    }

    public static String of(Expr expr) {
        return switch (expr) {
            case Expr.IntLit i -> i.value().toString();
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.TextLit t -> '"' + t.value() + '"';
            case Expr.EnumLit e -> simple(e.enumeration()) + "." + e.value();
            case Expr.Var v -> v.name();
            case Expr.Input i -> "in." + i.field();
            case Expr.FieldOf f -> nested(f.target()) + "." + f.field();
            case Expr.Read r -> nested(r.map()) + "[" + of(r.key()) + "]";
            case Expr.Unary u -> (u.op() == Expr.UnaryOp.NEG ? "-" : "!") + nested(u.operand());
            case Expr.Binary b -> nested(b.left()) + " " + symbol(b.op()) + " " + nested(b.right());
            case Expr.Builtin b -> (b.function() == Expr.Function.EMPTY_MAP ? "map" : b.function().name().toLowerCase(Locale.ROOT))
                    + "(" + all(b.args()) + ")";
            case Expr.RecordLit r -> "{ " + all(r.fields()) + " }";
            case Expr.PayloadLit p -> p.branch() + " { " + all(p.fields()) + " }";
            case Expr.ListLit l -> "[" + all(l.elements()) + "]";
        };
    }

    public static String show(Ty type) {
        return switch (type) {
            case Ty.Int i -> i.kind().name().toLowerCase(Locale.ROOT);
            case Ty.Bool b -> "bool";
            case Ty.Text t -> "str";
            case Ty.Float f -> "float";
            case Ty.ListOf l -> "[]" + show(l.element());
            case Ty.MapOf m -> "Map<" + show(m.key()) + ", " + show(m.value()) + ">";
            case Ty.SetOf s -> "Set<" + show(s.element()) + ">";
            case Ty.Record r -> r.name();
            case Ty.Enum e -> e.name();
            case Ty.Payload p -> p.event() + " | " + p.branch();
            case Ty.Host h -> h.name();
        };
    }

    public static String precondition(String event, Expr pre) {
        return "the arguments of " + simple(event) + " satisfy its precondition `" + of(pre) + "`";
    }

    public static String exhaustive(String event, String branch) {
        return "one of the `when` guards of `| " + branch + "` holds whenever " + simple(event) + " returns " + branch;
    }

    public static String postcondition(Program.Event event, Program.Branch branch) {
        String post = branch.post().map(Describe::of).orElse("true");
        return simple(event.name()) + "'s " + branch.name() + " satisfies its postcondition `" + post + "`";
    }

    public static String divisor(Expr division) {
        return "the divisor of `" + of(division) + "` is not zero";
    }

    public static String overflow(Expr operation, IntKind kind) {
        return "`" + of(operation) + "` stays within " + kind.name().toLowerCase(Locale.ROOT);
    }

    public static String invariant(String record, Expr invariant) {
        return "the " + simple(record) + " built here satisfies `" + of(invariant) + "`";
    }

    /** A capability literal outside an authority: narrowed from one received, or forged if none was. */
    public static String capability(String record, boolean anyReceived) {
        String name = simple(record);
        return anyReceived
                ? "the " + name + " built here is one this body received, with no right that one lacks"
                : "no " + name + " was received on this path, so the one built here is forged";
    }

    public static String loopInvariant(String label, Expr invariant) {
        return "the invariant of #" + label + " `" + of(invariant) + "` holds each time the loop runs its head";
    }

    /** The re-check's message for a handler that binds a payload its branch lacks, or binds none of one it has. */
    public static String handlerBinding(String event, String branch, boolean payload) {
        return "a handler of " + event + " | " + branch + (payload ? " must bind its payload" : " binds a payload the branch does not have");
    }

    /** The re-check's message for a non-optional branch not handled, or one without exactly one unguarded handler. */
    public static String handlerCount(String event, String branch, int handlers, long unguarded) {
        return handlers == 0 ? event + " | " + branch + " is not handled"
                : event + " | " + branch + " has " + handlers + " handlers, " + unguarded + " unguarded: it needs exactly one unguarded";
    }

    /** The re-check's message for a void event invoked ({@code invoked}), or an event with branches called. */
    public static String callOrInvoke(String event, boolean invoked) {
        return event + (invoked ? " is void: it is called, not invoked" : " has branches: it must be invoked and handled, not called");
    }

    /** Canonical phantom states as the source writes them: {@code `opened`}, {@code `opened` or `closing`}. */
    public static String states(Collection<String> canonical) {
        return canonical.stream().sorted().map(s -> "`" + simple(s) + "`").collect(Collectors.joining(" or "));
    }

    public static String stateMismatch(Expr value, Collection<String> had, String where, Collection<String> needed) {
        return "`" + of(value) + "` " + (had.isEmpty() ? "carries no phantom state" : "is " + states(had)) + ", but " + where
                + " needs " + states(needed);
    }

    public static String leak(String binding, Collection<String> states) {
        return "obligation " + states(states) + " on `" + binding + "` is never discharged on this path";
    }

    public static String useAfterDischarge(String binding) {
        return "`" + binding + "` is used after its obligation was discharged";
    }

    public static String dischargedInLoop(String binding) {
        return "`" + binding + "` was made outside the loop and is discharged inside it, but this path goes round the loop again";
    }

    public static String sharedWithTask(String binding) {
        return "`" + binding + "` was made outside this spawned task, which runs while the spawning path goes on and may discharge it";
    }

    public static String hostCapability(String event) {
        return simple(event) + " returns a capability but is implemented by a host proc (or not at all) without `~[authority]`:"
                + " only an authority may make one from nothing";
    }

    /** A canonical name without its module, as the user writes it inside the module. */
    public static String simple(String canonical) {
        return canonical.substring(canonical.indexOf(':') + 1);
    }

    /** A query's name, for the SMT-LIB dump and solver traces: its obligation's kind and place. */
    public static String queryName(String kind, Origin origin) {
        return kind.toLowerCase(Locale.ROOT) + " " + origin.file() + ":" + origin.start();
    }

    private static String nested(Expr expr) {
        return expr instanceof Expr.Binary ? "(" + of(expr) + ")" : of(expr);
    }

    private static String all(List<Expr> exprs) {
        return exprs.stream().map(Describe::of).collect(Collectors.joining(", "));
    }

    private static String symbol(Expr.BinaryOp op) {
        return switch (op) {
            case MUL -> "*";
            case DIV -> "/";
            case REM -> "%";
            case ADD -> "+";
            case SUB -> "-";
            case CONCAT -> "++";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            case EQ -> "==";
            case NE -> "!=";
            case AND -> "&&";
            case OR -> "||";
            case IMPLIES -> "==>";
        };
    }
}
