// Trusted: every fresh value carries exactly the facts its Koru type guarantees (integer ranges, record invariants), no more.
package koru.kernel.obligations;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Ty;
import koru.smt.logic.Op;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/** The program's declarations as one body's queries see them: sorts, fresh constants and what their types guarantee. */
final class Declarations {
    private final Lookup lookup;
    /** Every constant made so far, by name, in the order made. */
    private final Map<String, Term.Var> constants = new LinkedHashMap<>();
    private final Set<Term> unsignedMaps = new HashSet<>();

    Declarations(Program program) {
        this.lookup = new Lookup(program);
    }

    /** The program's declarations by name; a name the IR uses but does not declare fails loudly (NoSuchElementException). */
    Lookup lookup() {
        return lookup;
    }

    Sort sortOf(Ty type, Origin origin) {
        return switch (type) {
            case Ty.Int i -> Sort.INT;
            case Ty.Bool b -> Sort.BOOL;
            case Ty.Text t -> Sort.TEXT;
            case Ty.Enum e -> enumSort(e.name());
            case Ty.MapOf m -> new Sort.Array(sortOf(m.key(), origin), sortOf(m.value(), origin));
            case Ty.SetOf s -> Sort.setOf(sortOf(s.element(), origin));
            // Floats and lists are carried, compared only by identity; '$' keeps them apart from host types.
            case Ty.Float f -> new Sort.Opaque("$float");
            case Ty.ListOf l -> new Sort.Opaque("$list");
            case Ty.Host h -> new Sort.Opaque(h.name());
            case Ty.Record r -> throw new Unsupported("a record inside a map or set", origin);
            case Ty.Payload p -> throw new Unsupported("a struct payload inside a map or set", origin);
        };
    }

    Sort.Enum enumSort(String name) {
        return new Sort.Enum(name, lookup.enumeration(name).orElseThrow().values());
    }

    /** A new constant named {@code base}, or {@code base#n} if that name is taken: one constant per value on a path. */
    Term.Var constant(String base, Sort sort) {
        String name = base;
        for (int n = 2; constants.containsKey(name); n++) {
            name = base + "#" + n;
        }
        Term.Var constant = new Term.Var(name, sort);
        constants.put(name, constant);
        return constant;
    }

    /** Every constant made so far: a Horn rule quantifies over all of them (an absent one is harmless). */
    List<Term.Var> constants() {
        return List.copyOf(constants.values());
    }

    /**
     * A value nothing is known of but its type, named {@code path} (fields as {@code path.field}); what
     * the type guarantees (ranges, record invariants, B2) is added to {@code facts}.
     */
    Val fresh(String path, Ty type, List<Term> facts, Origin origin) {
        if (type instanceof Ty.Record || type instanceof Ty.Payload) {
            Map<String, Val> fields = new LinkedHashMap<>();
            for (Field field : lookup.fieldsOf(type).orElseThrow()) {
                fields.put(field.name(), fresh(path + "." + field.name(), field.type(), facts, origin));
            }
            if (type instanceof Ty.Record r) {
                lookup.record(r.name()).orElseThrow().invariant().ifPresent(invariant -> facts.add(
                        new Translate(this, Translate.Mode.ASSUMED, fields, Map.of(), List.of(), facts, List.of()).term(invariant, List.of())));
            }
            return new Val.Fields(fields);
        }
        Term.Var constant = constant(path, sortOf(type, origin));
        if (type instanceof Ty.Int i) {
            facts.add(range(i.kind(), constant));
        }
        if (type instanceof Ty.MapOf m && m.value() instanceof Ty.Int i && !i.kind().signed()) {
            unsignedMaps.add(constant);
        }
        return new Val.Scalar(constant);
    }

    /** Whether {@code map} is a map constant of an unsigned value type: the sum lemmas' sign instances hold for it. */
    boolean nonNegative(Term map) {
        return unsignedMaps.contains(map);
    }

    static Term range(IntKind kind, Term value) {
        return Term.App.of(Op.AND, Term.App.of(Op.LE, Term.integer(kind.min()), value),
                Term.App.of(Op.LE, value, Term.integer(kind.max())));
    }
}
