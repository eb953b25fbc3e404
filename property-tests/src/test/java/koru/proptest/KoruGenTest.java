package koru.proptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import koru.kernel.interp.Value;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Ty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Values of every B1 type, from the types of a small program: {@code ~type color = red | green}, {@code ~type range { lo: i32, hi: i32 } where lo <= hi}. */
class KoruGenTest {
    static final Origin AT = new Origin("types.kz", 0, 0);
    static final Ty I32 = new Ty.Int(IntKind.I32);
    static final Program PROGRAM = new Program(List.of(
            new Program.TypeDecl.EnumType("color", List.of("red", "green"), AT),
            new Program.TypeDecl.RecordType("range", List.of(field("lo", I32), field("hi", I32)),
                    Optional.of(new koru.kernel.ir.Expr.BoolLit(true, AT)), false, AT),
            new Program.TypeDecl.RecordType("point", List.of(field("x", I32), field("y", I32)), Optional.empty(), false, AT)),
            List.of(), List.of(), List.of());

    static Field field(String name, Ty type) {
        return new Field(name, type, Optional.empty(), AT);
    }

    static List<Value> sample(Gen<Value> gen, int count) {
        SplittableRandom random = new SplittableRandom(7);
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(gen.generate(Choices.random(random.split())));
        }
        return values;
    }

    @ParameterizedTest
    @EnumSource(IntKind.class)
    void integersStayInTheirKindsRangeAndReachItsEdges(IntKind kind) {
        Set<BigInteger> values = sample(KoruGen.of(new Ty.Int(kind), PROGRAM), 3_000).stream()
                .map(v -> ((Value.Int) v).value()).collect(Collectors.toSet());
        assertTrue(values.stream().allMatch(v -> v.compareTo(kind.min()) >= 0 && v.compareTo(kind.max()) <= 0));
        assertTrue(values.containsAll(List.of(kind.min(), kind.max(), BigInteger.ZERO, BigInteger.ONE)), kind + ": " + values.size());
        assertEquals(kind.signed(), values.contains(BigInteger.ONE.negate()));
    }

    @Test
    void enumerationsTakeEachOfTheirValues() {
        assertEquals(Set.of(new Value.Enum("color", "red"), new Value.Enum("color", "green")),
                Set.copyOf(sample(KoruGen.of(new Ty.Enum("color"), PROGRAM), 100)));
    }

    @Test
    void recordsAreStructsFilteredByTheirInvariant() {
        Gen<Value> ranges = KoruGen.of(new Ty.Record("range"), PROGRAM,
                v -> ((Value.Int) ((Value.Struct) v).field("lo")).value().compareTo(((Value.Int) ((Value.Struct) v).field("hi")).value()) <= 0);
        List<Value> values = sample(ranges, 300);
        assertTrue(values.stream().allMatch(v -> v instanceof Value.Struct s && s.name().equals("range")
                && ((Value.Int) s.field("lo")).value().compareTo(((Value.Int) s.field("hi")).value()) <= 0));
        assertTrue(sample(KoruGen.of(new Ty.Record("point"), PROGRAM), 300).stream()
                .anyMatch(v -> ((Value.Int) ((Value.Struct) v).field("x")).value().compareTo(((Value.Int) ((Value.Struct) v).field("y")).value()) > 0),
                "a record without invariant is not filtered");
    }

    @Test
    void aRecordWithAnInvariantNeedsItsCheck() {
        NotGenerable refused = assertThrows(NotGenerable.class, () -> KoruGen.of(new Ty.Record("range"), PROGRAM));
        assertTrue(refused.getMessage().contains("range has a data invariant"), refused.getMessage());
    }

    @Test
    void hostTypesAreNotGenerable() {
        NotGenerable refused = assertThrows(NotGenerable.class, () -> KoruGen.of(new Ty.ListOf(new Ty.Host("java.io.File")), PROGRAM));
        assertTrue(refused.getMessage().contains("host type java.io.File cannot be generated"), refused.getMessage());
        assertThrows(NotGenerable.class, () -> KoruGen.of(new Ty.MapOf(Ty.TEXT, new Ty.ListOf(Ty.BOOL)), PROGRAM));
        assertThrows(NotGenerable.class, () -> KoruGen.of(new Ty.Enum("colour"), PROGRAM));
    }

    @Test
    void mapsKeepNoEntryEqualToTheirZero() {
        List<Value> maps = sample(KoruGen.of(new Ty.MapOf(Ty.TEXT, new Ty.Int(IntKind.U8)), PROGRAM), 500);
        assertTrue(maps.stream().allMatch(m -> m instanceof Value.MapOf map && map.zero().equals(Value.of(0))
                && !map.entries().containsValue(Value.of(0))));
        assertTrue(maps.stream().anyMatch(m -> ((Value.MapOf) m).entries().size() > 2));
    }

    @Test
    void listsSetsTextAndFloatsAreValuesOfTheirKind() {
        assertTrue(sample(KoruGen.of(new Ty.ListOf(Ty.BOOL), PROGRAM), 100).stream().allMatch(v -> v instanceof Value.ListOf));
        assertTrue(sample(KoruGen.of(new Ty.SetOf(I32), PROGRAM), 100).stream().allMatch(v -> v instanceof Value.SetOf));
        assertTrue(sample(KoruGen.of(Ty.TEXT, PROGRAM), 100).stream().allMatch(v -> v instanceof Value.Text));
        assertTrue(sample(KoruGen.of(Ty.FLOAT, PROGRAM), 100).stream().allMatch(v -> v instanceof Value.Float));
    }

    @Test
    void aFailingPropertyOverKoruValuesShrinksToASimpleOne() {
        Result<Value> result = Property.forAll(KoruGen.of(new Ty.Record("point"), PROGRAM)).seed(3)
                .check(v -> ((Value.Int) ((Value.Struct) v).field("x")).value().intValue() < 10);
        assertEquals(new Value.Struct("point", java.util.Map.of("x", Value.of(10), "y", Value.of(0))).fields(),
                ((Value.Struct) ((Result.Falsified<Value>) result).minimal()).fields());
    }
}
