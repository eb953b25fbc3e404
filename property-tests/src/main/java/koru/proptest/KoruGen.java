package koru.proptest;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import koru.kernel.interp.Value;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.TypeDecl.RecordType;
import koru.kernel.ir.Ty;

/**
 * Generators of Koru/J values ({@link Value}) by type (LANGUAGE.md B1): integers in their kind's range
 * with its edges, booleans, floats, text, lists, maps, sets, enumerations, records and struct payloads.
 * A record with a data invariant is generated only where the caller says how to check one (the
 * reference interpreter evaluates it): its values are filtered by that check. Host types are opaque
 * Java objects and cannot be generated.
 */
public final class KoruGen {
    private final Lookup lookup;
    private final Optional<Predicate<Value>> invariantHolds;

    private KoruGen(Program program, Optional<Predicate<Value>> invariantHolds) {
        this.lookup = new Lookup(program);
        this.invariantHolds = invariantHolds;
    }

    /** Values of {@code type}; a record type with a data invariant is refused ({@link NotGenerable}): use the other {@code of}. */
    public static Gen<Value> of(Ty type, Program program) {
        return new KoruGen(program, Optional.empty()).gen(type);
    }

    /** Values of {@code type}; a record's values only where {@code invariantHolds} (given the {@link Value.Struct}) says its invariant does. */
    public static Gen<Value> of(Ty type, Program program, Predicate<Value> invariantHolds) {
        return forProgram(program, invariantHolds).gen(type);
    }

    static KoruGen forProgram(Program program, Predicate<Value> invariantHolds) {
        return new KoruGen(program, Optional.of(invariantHolds));
    }

    /** The generator of {@code type}'s values; {@link NotGenerable} for a type that has none. */
    Gen<Value> gen(Ty type) {
        return switch (type) {
            case Ty.Int i -> Gen.integers(i.kind().min(), i.kind().max()).map(Value.Int::new);
            case Ty.Bool b -> Gen.booleans().map(Value::of);
            case Ty.Float f -> Gen.doubles().map(Value.Float::new);
            case Ty.Text t -> Gen.text().map(Value::of);
            case Ty.ListOf l -> Gen.lists(gen(l.element())).map(Value.ListOf::new);
            case Ty.SetOf s -> Gen.sets(gen(s.element())).map(Value.SetOf::new);
            case Ty.MapOf m -> {
                Value zero = zeroOf(m.value());
                yield Gen.maps(gen(m.key()), gen(m.value())).map(entries -> new Value.MapOf(entries, zero));
            }
            case Ty.Enum e -> Gen.elements(lookup.enumeration(e.name())
                    .orElseThrow(() -> new NotGenerable("no enumeration " + e.name() + " is declared")).values())
                    .map(value -> new Value.Enum(e.name(), value));
            case Ty.Record r -> record(r);
            case Ty.Payload p -> struct(p.event() + "." + p.branch(), lookup.fieldsOf(p)
                    .orElseThrow(() -> new NotGenerable("no struct payload " + p.event() + " | " + p.branch() + " is declared")));
            case Ty.Host h -> throw new NotGenerable("values of the host type " + h.name() + " cannot be generated: a host type is an"
                    + " opaque Java object (LANGUAGE.md B1); mock the event that makes one, or give the input a Koru/J type");
        };
    }

    /** What a map of {@code value}s reads at a missing key (B1): 0, false or "". */
    static Value zeroOf(Ty value) {
        return switch (value) {
            case Ty.Int i -> new Value.Int(BigInteger.ZERO);
            case Ty.Bool b -> Value.FALSE;
            case Ty.Text t -> Value.of("");
            default -> throw new NotGenerable("a map with values of type " + value + " has no zero for its missing keys (B1:"
                    + " 0, false or \"\")");
        };
    }

    private Gen<Value> record(Ty.Record type) {
        RecordType record = lookup.record(type.name()).orElseThrow(() -> new NotGenerable("no record type " + type.name() + " is declared"));
        Gen<Value> values = struct(record.name(), record.fields());
        if (record.invariant().isEmpty()) {
            return values;
        }
        Predicate<Value> holds = invariantHolds.orElseThrow(() -> new NotGenerable("record " + record.name()
                + " has a data invariant: pass the check that evaluates it to KoruGen.of(type, program, invariantHolds)"));
        return values.filter(holds);
    }

    private Gen<Value> struct(String name, List<Field> fields) {
        List<Gen<Value>> each = fields.stream().map(field -> gen(field.type())).toList();
        return Gen.sequence(each).map(values -> {
            Map<String, Value> byName = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                byName.put(fields.get(i).name(), values.get(i));
            }
            return new Value.Struct(name, byName);
        });
    }
}
