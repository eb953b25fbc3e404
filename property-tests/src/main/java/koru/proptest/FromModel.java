package koru.proptest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koru.kernel.interp.Value;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Ty;
import koru.smt.report.Value.ArrayValue;
import koru.smt.report.Value.BoolValue;
import koru.smt.report.Value.EnumValue;
import koru.smt.report.Value.IntValue;
import koru.smt.report.Value.TextValue;

/**
 * Reads a Koru/J value of a type out of a Z3 model, where the obligations named it: an input by its
 * name, a record's field as {@code input.field}. None where the model has no Koru/J value for it: a
 * name it left free, a list, a float or a host object (opaque to the solver), or a map whose default
 * is no zero (not a finite map).
 */
record FromModel(Map<String, koru.smt.report.Value> model, Lookup lookup) {
    Optional<Value> read(String name, Ty type) {
        if (type instanceof Ty.Record record) {
            return fields(name, record.name(), lookup.fieldsOf(type).orElseThrow());
        }
        return Optional.ofNullable(model.get(name)).flatMap(value -> value(value, type));
    }

    private Optional<Value> fields(String name, String record, Iterable<Field> fields) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Field field : fields) {
            Optional<Value> value = read(name + "." + field.name(), field.type());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.put(field.name(), value.get());
        }
        return Optional.of(new Value.Struct(record, values));
    }

    private static Optional<Value> value(koru.smt.report.Value value, Ty type) {
        return switch (type) {
            case Ty.Int i when value instanceof IntValue v -> Optional.of(new Value.Int(v.value()));
            case Ty.Bool b when value instanceof BoolValue v -> Optional.of(Value.of(v.value()));
            case Ty.Text t when value instanceof TextValue v -> Optional.of(Value.of(v.value()));
            case Ty.Enum e when value instanceof EnumValue v -> Optional.of(new Value.Enum(e.name(), v.value()));
            case Ty.MapOf m when value instanceof ArrayValue v -> map(v, m);
            case Ty.SetOf s when value instanceof ArrayValue v -> set(v, s);
            default -> Optional.empty();
        };
    }

    private static Optional<Value> map(ArrayValue array, Ty.MapOf type) {
        Value zero = KoruGen.zeroOf(type.value());
        if (!value(array.otherwise(), type.value()).equals(Optional.of(zero))) {
            return Optional.empty();
        }
        Map<Value, Value> entries = new LinkedHashMap<>();
        for (var entry : array.entries().entrySet()) {
            Optional<Value> key = value(entry.getKey(), type.key());
            Optional<Value> held = value(entry.getValue(), type.value());
            if (key.isEmpty() || held.isEmpty()) {
                return Optional.empty();
            }
            entries.put(key.get(), held.get());
        }
        return Optional.of(new Value.MapOf(entries, zero));
    }

    private static Optional<Value> set(ArrayValue array, Ty.SetOf type) {
        if (!array.otherwise().equals(new BoolValue(false))) {
            return Optional.empty();
        }
        Set<Value> elements = new LinkedHashSet<>();
        for (var entry : array.entries().entrySet()) {
            Optional<Value> element = value(entry.getKey(), type.element());
            if (element.isEmpty()) {
                return Optional.empty();
            }
            if (entry.getValue().equals(new BoolValue(true))) {
                elements.add(element.get());
            }
        }
        return Optional.of(new Value.SetOf(elements));
    }
}
