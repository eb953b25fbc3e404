package koru.extract.variants;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import koru.extract.java.JavaNames;
import koru.kernel.interp.Value;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.TypeDecl.EnumType;
import koru.kernel.ir.Ty;

/**
 * The {@link Conversion} of each Koru type, as JavaTypes chose its Java form: an integer the
 * smallest primitive holding its kind ({@code u64} a {@code long} read as unsigned), text a
 * {@code String}, lists, maps and sets Vavr's persistent collections, a record or struct payload
 * the generated record, an enumeration the generated enum, a host value the object itself. Each
 * type's conversion is built once, its classes and record constructors resolved then.
 */
final class Conversions {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private final Lookup lookup;
    private final JavaNames names;
    private final InMemoryClasses classes;
    private final Map<Ty, Conversion> built = new HashMap<>();

    Conversions(Lookup lookup, JavaNames names, InMemoryClasses classes) {
        this.lookup = lookup;
        this.names = names;
        this.classes = classes;
    }

    /** The struct name of a branch's struct payload, as {@link Value.Struct} names it: {@code module:event.branch}. */
    static String payloadName(String event, String branch) {
        return event + "." + branch;
    }

    synchronized Conversion of(Ty type) {
        Conversion known = built.get(type);
        if (known != null) {
            return known;
        }
        return switch (type) {
            case Ty.Int integer -> remember(type, integer(integer.kind()));
            case Ty.Bool bool -> remember(type, new Checked<>(Value.Bool.class, Boolean.class, "a bool", Value.Bool::value, Value::of));
            case Ty.Text text -> remember(type, new Checked<>(Value.Text.class, String.class, "text", Value.Text::value, Value::of));
            case Ty.Float real -> remember(type, new Checked<>(Value.Float.class, Double.class, "a float", Value.Float::value, Value.Float::new));
            case Ty.ListOf list -> remember(type, new ElementsConversion(of(list.element()), false));
            case Ty.SetOf set -> remember(type, new ElementsConversion(of(set.element()), true));
            case Ty.MapOf map -> remember(type, new MapConversion(of(map.key()), of(map.value()), zero(map.value())));
            case Ty.Enum enumeration -> remember(type, enumeration(enumeration.name()));
            case Ty.Record record -> fields(type, record.name(), names.type(record.name()).reflectionName());
            case Ty.Payload payload -> fields(type, payloadName(payload.event(), payload.branch()),
                    names.branch(payload.event(), payload.branch()).reflectionName());
            case Ty.Host host -> remember(type, new HostConversion());
        };
    }

    private Conversion remember(Ty type, Conversion conversion) {
        built.put(type, conversion);
        return conversion;
    }

    // ------------------------------------------------------------ scalars

    /** A value of one {@link Value} class held as one boxed Java class. */
    private record Checked<V extends Value, J>(Class<V> valueClass, Class<J> javaClass, String what,
            java.util.function.Function<V, J> toJava, java.util.function.Function<J, Value> toValue) implements Conversion {
        @Override
        public Object toJava(Value value) {
            return toJava.apply(expect(valueClass, value, what));
        }

        @Override
        public Value toValue(Object java) {
            return toValue.apply(javaClass.cast(present(java)));
        }
    }

    private static Conversion integer(IntKind kind) {
        return new Conversion() {
            @Override
            public Object toJava(Value value) {
                BigInteger integer = expect(Value.Int.class, value, "an integer").value();
                if (integer.compareTo(kind.min()) < 0 || integer.compareTo(kind.max()) > 0) {
                    throw new IllegalArgumentException(integer + " is no " + name(kind));
                }
                return switch (kind) {
                    case I8 -> integer.byteValue();
                    case I16 -> integer.shortValue();
                    case I32, U8, U16 -> integer.intValue();
                    // A u64 above Long.MAX_VALUE keeps its low 64 bits: the long generated code reads as unsigned.
                    case I64, U32, U64 -> integer.longValue();
                };
            }

            @Override
            public Value toValue(Object java) {
                long held = ((Number) present(java)).longValue();
                BigInteger integer = kind == IntKind.U64 && held < 0 ? BigInteger.valueOf(held).add(TWO_TO_64) : BigInteger.valueOf(held);
                if (integer.compareTo(kind.min()) < 0 || integer.compareTo(kind.max()) > 0) {
                    throw new OutsideType("the Java value " + held + " is no " + name(kind));
                }
                return new Value.Int(integer);
            }
        };
    }

    private static String name(IntKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What a map of {@code type} reads a missing key as (LANGUAGE.md B3), where the language gives one. */
    private static Optional<Value> zero(Ty type) {
        return switch (type) {
            case Ty.Int integer -> Optional.of(Value.of(0));
            case Ty.Bool bool -> Optional.of(Value.FALSE);
            case Ty.Text text -> Optional.of(Value.of(""));
            case Ty.Float real -> Optional.of(new Value.Float(0.0));
            default -> Optional.empty();
        };
    }

    private Conversion enumeration(String name) {
        EnumType declared = lookup.enumeration(name).orElseThrow(() -> new IllegalArgumentException("no enumeration " + name));
        Class<?> java = classes.load(names.type(name).reflectionName());
        Map<String, Object> constants = new HashMap<>();
        Map<Object, Value> values = new HashMap<>();
        for (String value : declared.values()) {
            Object constant = Arrays.stream(java.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(JavaNames.identifier(value)))
                    .findFirst().orElseThrow(() -> new IllegalStateException(java.getName() + " has no constant for " + value));
            constants.put(value, constant);
            values.put(constant, new Value.Enum(name, value));
        }
        return new Conversion() {
            @Override
            public Object toJava(Value value) {
                Value.Enum given = expect(Value.Enum.class, value, "a value of " + name);
                Object constant = constants.get(given.value());
                if (!given.enumeration().equals(name) || constant == null) {
                    throw new IllegalArgumentException(given.enumeration() + "." + given.value() + " is no value of " + name);
                }
                return constant;
            }

            @Override
            public Value toValue(Object java) {
                return values.get(present(java));
            }
        };
    }

    // ------------------------------------------------------------ collections

    /** A list, or with {@code set} a set: each element converted; Java holds them in Vavr's {@code List} or {@code HashSet}. */
    private record ElementsConversion(Conversion element, boolean set) implements Conversion {
        @Override
        public Object toJava(Value value) {
            Collection<Value> elements = set ? expect(Value.SetOf.class, value, "a set").elements()
                    : expect(Value.ListOf.class, value, "a list").elements();
            Stream<Object> java = elements.stream().map(element::toJava);
            return set ? io.vavr.collection.HashSet.ofAll(java) : io.vavr.collection.List.ofAll(java);
        }

        @Override
        public Value toValue(Object java) {
            List<Value> elements = ((io.vavr.collection.Traversable<?>) present(java)).map(element::toValue).toJavaList();
            return set ? new Value.SetOf(Set.copyOf(elements)) : new Value.ListOf(elements);
        }
    }

    /** A map keeps no entry equal to the zero ({@link Value.MapOf}): Java may hold one a {@code put} wrote, and reads it the same. */
    private record MapConversion(Conversion key, Conversion value, Optional<Value> zero) implements Conversion {
        @Override
        public Object toJava(Value given) {
            Value.MapOf map = expect(Value.MapOf.class, given, "a map");
            io.vavr.collection.Map<Object, Object> java = io.vavr.collection.HashMap.empty();
            for (Map.Entry<Value, Value> entry : map.entries().entrySet()) {
                java = java.put(key.toJava(entry.getKey()), value.toJava(entry.getValue()));
            }
            return java;
        }

        @Override
        public Value toValue(Object java) {
            Map<Value, Value> entries = new LinkedHashMap<>();
            ((io.vavr.collection.Map<?, ?>) present(java)).forEach(entry -> entries.put(key.toValue(entry._1()), value.toValue(entry._2())));
            return new Value.MapOf(entries, zero.orElseThrow(() -> new IllegalStateException("a map whose values have no zero")));
        }
    }

    // ------------------------------------------------------------ records, payloads, host values

    /**
     * A record or struct payload: the generated record's canonical constructor and accessors, in field order. The
     * conversion is remembered before its fields' conversions are built, so that a recursive type finds it.
     */
    private Conversion fields(Ty type, String structName, String javaName) {
        Class<?> java = classes.load(javaName);
        List<Field> fields = lookup.fieldsOf(type).orElseThrow(() -> new IllegalArgumentException("no fields for " + type));
        RecordConversion conversion = new RecordConversion(structName, fields.stream().map(Field::name).toList());
        built.put(type, conversion);
        RecordComponent[] components = java.getRecordComponents();
        Class<?>[] componentTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            MethodHandles.Lookup access = MethodHandles.publicLookup();
            conversion.constructor = access.findConstructor(java, MethodType.methodType(void.class, componentTypes))
                    .asType(MethodType.methodType(Object.class, componentTypes).generic()).asSpreader(Object[].class, components.length);
            conversion.accessors = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                conversion.accessors[i] = access.unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated " + javaName + " is not the record of " + structName, e);
        }
        conversion.fields = fields.stream().map(field -> of(field.type())).toArray(Conversion[]::new);
        return conversion;
    }

    private static final class RecordConversion implements Conversion {
        private final String name;
        private final List<String> fieldNames;
        // Set by fields() right after the conversion is remembered, before any value is converted.
        private Conversion[] fields;
        private MethodHandle constructor;
        private MethodHandle[] accessors;

        RecordConversion(String name, List<String> fieldNames) {
            this.name = name;
            this.fieldNames = fieldNames;
        }

        @Override
        public Object toJava(Value value) {
            Value.Struct struct = expect(Value.Struct.class, value, "a " + name);
            if (!struct.name().equals(name) || !struct.fields().keySet().equals(Set.copyOf(fieldNames))) {
                throw new IllegalArgumentException(struct.name() + struct.fields().keySet() + " is no " + name + fieldNames);
            }
            Object[] arguments = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                arguments[i] = fields[i].toJava(struct.field(fieldNames.get(i)));
            }
            try {
                return (Object) constructor.invokeExact(arguments);
            } catch (ClassCastException e) { // a host value of another class than the field's
                throw new IllegalArgumentException("a field of " + name + " holds a value of another type: " + e.getMessage(), e);
            } catch (Throwable e) {
                throw new IllegalStateException("the record of " + name + " could not be made", e);
            }
        }

        @Override
        public Value toValue(Object java) {
            present(java);
            Map<String, Value> values = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i++) {
                Object held;
                try {
                    held = (Object) accessors[i].invokeExact(java);
                } catch (Throwable e) {
                    throw new IllegalStateException("the field " + fieldNames.get(i) + " of " + name + " could not be read", e);
                }
                values.put(fieldNames.get(i), fields[i].toValue(held));
            }
            return new Value.Struct(name, values);
        }
    }

    /** A Java object of a host type goes in and comes out as it is. */
    private record HostConversion() implements Conversion {
        @Override
        public Object toJava(Value value) {
            return expect(Value.Host.class, value, "a host value").object();
        }

        @Override
        public Value toValue(Object java) {
            return new Value.Host(present(java));
        }
    }

    // ------------------------------------------------------------ helpers

    private static <V extends Value> V expect(Class<V> kind, Value value, String what) {
        if (!kind.isInstance(value)) {
            throw new IllegalArgumentException("expected " + what + ", got " + value);
        }
        return kind.cast(value);
    }

    private static Object present(Object java) {
        if (java == null) {
            throw new OutsideType("the Java code answered null, which is no Koru value");
        }
        return java;
    }
}
