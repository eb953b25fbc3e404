package koru.extract.java;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Program.Field;

/**
 * Where the Koru names of a body live in the generated method. A body translated as its own method
 * keeps its names. A subflow inlined at a call site ({@link InlinedCall}) shares the caller's method, and
 * Java forbids a local to shadow another: its names take the site's number ({@code x} becomes
 * {@code x$2}), so two inlined copies of one subflow never clash. A handler of an inlined call binds
 * no variable of its own: its binding stands for the local(s) the callee's constructor assigned, one
 * for a value, one per field for a struct payload, so that no branch record is ever made.
 */
record Renaming(String site, Map<String, Alias> aliases) {
    static final Renaming NONE = new Renaming("", Map.of());

    /** What a handler's binding stands for. */
    sealed interface Alias {
        /** A value payload, held in one local. */
        record Local(String java) implements Alias {
        }

        /** A struct payload of {@code event}'s {@code branch}, one local per field, in declaration order. */
        record Fields(String event, String branch, List<Field> fields, List<String> locals) implements Alias {
            String localOf(String field) {
                for (int i = 0; i < fields.size(); i++) {
                    if (fields.get(i).name().equals(field)) {
                        return locals.get(i);
                    }
                }
                throw new IllegalArgumentException("branch `" + branch + "` has no field `" + field + "`");
            }
        }
    }

    /** The names of the subflow inlined as site {@code number} of a method. */
    static Renaming inlined(int number) {
        return new Renaming(Integer.toString(number), Map.of());
    }

    Renaming withAlias(String binding, Alias alias) {
        Map<String, Alias> more = new HashMap<>(aliases);
        more.put(binding, alias);
        return new Renaming(site, Map.copyOf(more));
    }

    /** The Java name of a variable or label the body declares (an input, a binding, a label). */
    String name(String koru) {
        if (aliases.get(koru) instanceof Alias.Local local) {
            return local.java();
        }
        return site.isEmpty() ? JavaNames.identifier(koru) : JavaNames.identifier(koru) + "$" + site;
    }

    /** {@code expr} with every variable read where this body keeps it. */
    Expr apply(Expr expr) {
        return site.isEmpty() && aliases.isEmpty() ? expr : renamed(expr);
    }

    private Expr renamed(Expr expr) {
        return switch (expr) {
            case Expr.IntLit literal -> literal;
            case Expr.BoolLit literal -> literal;
            case Expr.TextLit literal -> literal;
            case Expr.EnumLit literal -> literal;
            case Expr.Input input -> input;
            case Expr.Var variable -> variable(variable);
            case Expr.FieldOf field -> field.target() instanceof Expr.Var variable && aliases.get(variable.name()) instanceof Alias.Fields fields
                    ? new Expr.Var(fields.localOf(field.field()), field.type(), field.origin())
                    : new Expr.FieldOf(renamed(field.target()), field.field(), field.type(), field.origin());
            case Expr.Read read -> new Expr.Read(renamed(read.map()), renamed(read.key()), read.type(), read.origin());
            case Expr.Unary unary -> new Expr.Unary(unary.op(), renamed(unary.operand()), unary.type(), unary.origin());
            case Expr.Binary binary -> new Expr.Binary(binary.op(), renamed(binary.left()), renamed(binary.right()), binary.type(),
                    binary.origin());
            case Expr.Builtin builtin -> new Expr.Builtin(builtin.function(), all(builtin.args()), builtin.type(), builtin.origin());
            case Expr.RecordLit record -> new Expr.RecordLit(record.record(), all(record.fields()), record.origin());
            case Expr.PayloadLit payload -> new Expr.PayloadLit(payload.event(), payload.branch(), all(payload.fields()), payload.origin());
            case Expr.ListLit list -> new Expr.ListLit(all(list.elements()), list.type(), list.origin());
        };
    }

    /** A struct payload used whole (not field by field) is built again from its locals: the one place a record is made. */
    private Expr variable(Expr.Var variable) {
        if (aliases.get(variable.name()) instanceof Alias.Fields fields) {
            List<Expr> values = IntStream.range(0, fields.fields().size())
                    .mapToObj(i -> (Expr) new Expr.Var(fields.locals().get(i), fields.fields().get(i).type(), variable.origin())).toList();
            return new Expr.PayloadLit(fields.event(), fields.branch(), values, variable.origin());
        }
        return new Expr.Var(name(variable.name()), variable.type(), variable.origin());
    }

    private List<Expr> all(List<Expr> exprs) {
        return exprs.stream().map(this::renamed).toList();
    }
}
