package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.lower.LowerToCoreIr;
import koru.extract.BuildChoices;
import koru.extract.BuildProblem;
import koru.extract.variants.LoadedProgram;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Value;
import koru.proptest.load.FrontEndPartsOf;
import org.junit.jupiter.api.Test;

/**
 * Every implementation of an event run on {@link Value}s (docs/extraction.md, "Running every
 * variant"): {@code clamp}'s three implementations of {@code ../shared/examples/variants.kz}
 * (copied to {@code src/test/resources/variants/clamp.kz}) agree, a wrong one does not, and every
 * shape of value goes into the generated Java and comes back as it was ({@code shapes.kz}).
 * Here rather than in extract/, which does not see the elaborator: elaborating a {@code .kz} file
 * into what extraction needs ({@link FrontEndPartsOf}) takes both.
 */
class LoadedProgramTest {
    private static final Path PROGRAMS = Path.of("src", "test", "resources", "variants");
    private static final String CLAMP = "clamp:clamp";

    /** Off by one when {@code x} is above {@code hi}: the kind of slip cross-checking is for. */
    private static final String OFF_BY_ONE = """

            ~proc clamp|java(off_by_one) {
                return clamped(x > hi ? hi - 1 : Math.max(x, lo));
            }
            """;

    private static final LoadedProgram SHAPES = load("shapes.kz", "");

    @Test
    void clampsThreeImplementationsAgreeOnEdgeInputs() {
        LoadedProgram clamp = load("clamp.kz", "");
        assertEquals(Set.of(BuildChoices.SUBFLOW, "java", "branchless"), clamp.variants(CLAMP));
        assertEquals(BuildChoices.SUBFLOW, clamp.variants(CLAMP).iterator().next(), "the default implementation comes first");
        long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, 10, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (long lo : edges) {
            for (long hi : edges) {
                if (lo > hi) {
                    continue;
                }
                for (long x : edges) {
                    List<Value> args = List.of(Value.of(x), Value.of(lo), Value.of(hi));
                    Ended expected = clamped(Math.max(lo, Math.min(x, hi)));
                    for (String variant : clamp.variants(CLAMP)) {
                        assertEquals(expected, clamp.run(CLAMP, variant, args), variant + " on " + args);
                    }
                }
            }
        }
    }

    @Test
    void aWrongVariantAnswersDifferentlyWhereItIsWrong() {
        LoadedProgram clamp = load("clamp.kz", OFF_BY_ONE);
        List<Value> inRange = List.of(Value.of(5), Value.of(0), Value.of(10));
        List<Value> above = List.of(Value.of(50), Value.of(0), Value.of(10));
        assertAll(() -> assertTrue(clamp.variants(CLAMP).contains("off_by_one")),
                () -> assertEquals(clamp.run(CLAMP, BuildChoices.SUBFLOW, inRange), clamp.run(CLAMP, "off_by_one", inRange)),
                () -> assertEquals(clamped(10), clamp.run(CLAMP, BuildChoices.SUBFLOW, above)),
                () -> assertEquals(clamped(9), clamp.run(CLAMP, "off_by_one", above)));
    }

    @Test
    void aStructPayloadHoldingARecordWithEveryCollectionComesBackAsItWent() {
        Value grant = grant(Set.of("read"), Map.of(1, 7L), List.of(-1L, 2L));
        BigInteger aboveLong = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
        List<Value> args = List.of(grant, right("admin"), new Value.Int(aboveLong), Value.of(0));
        Ended expected = new Ended.Branch("regranted", Optional.of(regranted(grant, new Value.Int(aboveLong), Value.of(0))));
        assertEquals(List.of(BuildChoices.SUBFLOW, "java", "widen"), List.copyOf(SHAPES.variants("shapes:regrant")));
        assertAll(() -> assertEquals(expected, SHAPES.run("shapes:regrant", BuildChoices.SUBFLOW, args)),
                () -> assertEquals(expected, SHAPES.run("shapes:regrant", "java", args)));
    }

    @Test
    void whatJavaChangedComesBackChanged() {
        BigInteger aboveLong = BigInteger.TWO.pow(63).add(BigInteger.valueOf(5));
        List<Value> args = List.of(grant(Set.of("read"), Map.of(1, 7L), List.of()), right("write"), new Value.Int(aboveLong), Value.of(127));
        Value widened = grant(Set.of("read", "write"), Map.of(1, 7L), List.of(127L));
        // write's ordinal is 1: the weight the proc puts replaces 7 with the u64 it was given.
        Value weighted = new Value.Struct("shapes:Grant", withField(((Value.Struct) widened).fields(), "weights",
                new Value.MapOf(Map.of(Value.of(1), new Value.Int(aboveLong)), Value.of(0))));
        assertEquals(new Ended.Branch("regranted", Optional.of(regranted(weighted, new Value.Int(aboveLong), Value.of(127)))),
                SHAPES.run("shapes:regrant", "widen", args));
    }

    @Test
    void aBranchWithOneValueCarriesIt() {
        List<Value> args = List.of(grant(Set.of(), Map.of(), List.of()), right("write"), Value.of(0), Value.of(-1));
        Ended refused = new Ended.Branch("refused", Optional.of(right("write")));
        assertAll(() -> assertEquals(refused, SHAPES.run("shapes:regrant", BuildChoices.SUBFLOW, args)),
                () -> assertEquals(refused, SHAPES.run("shapes:regrant", "java", args)));
    }

    @Test
    void aProcThatThrowsIsAFaultNamingTheException() {
        assertEquals(new Ended.Branch("quotient", Optional.of(Value.of(-3))),
                SHAPES.run("shapes:divide", "java", List.of(Value.of(-7), Value.of(2))));
        Ended.Fault fault = assertInstanceOf(Ended.Fault.class, SHAPES.run("shapes:divide", "java", List.of(Value.of(1), Value.of(0))));
        assertTrue(fault.what().contains("java.lang.ArithmeticException: / by zero"), fault.what());
    }

    @Test
    void aValueJavaHoldsButTheTypeDoesNotIsAFault() {
        assertEquals(new Ended.Branch("next", Optional.of(Value.of(255))), SHAPES.run("shapes:next_byte", "java", List.of(Value.of(254))));
        Ended.Fault fault = assertInstanceOf(Ended.Fault.class, SHAPES.run("shapes:next_byte", "java", List.of(Value.of(255))));
        assertTrue(fault.what().contains("256 is no u8"), fault.what());
    }

    @Test
    void anArgumentOfTheWrongShapeIsTheCallersMistake() {
        assertAll(() -> assertThrows(IllegalArgumentException.class, () -> SHAPES.run("shapes:next_byte", "java", List.of(Value.of(256)))),
                () -> assertThrows(IllegalArgumentException.class, () -> SHAPES.run("shapes:next_byte", "java", List.of(Value.of(-1)))),
                () -> assertThrows(IllegalArgumentException.class, () -> SHAPES.run("shapes:next_byte", "java", List.of(Value.of("1")))),
                () -> assertThrows(IllegalArgumentException.class, () -> SHAPES.run("shapes:next_byte", "java", List.of())),
                () -> assertThrows(IllegalArgumentException.class, () -> SHAPES.run("shapes:regrant", "java",
                        List.of(new Value.Struct("shapes:Grant", Map.of("who", Value.of("ada"))), right("read"), Value.of(0), Value.of(0)))),
                () -> assertThrows(IllegalArgumentException.class, () -> SHAPES.run("shapes:regrant", "java",
                        List.of(grant(Set.of(), Map.of(), List.of()), new Value.Enum("shapes:Right", "root"), Value.of(0), Value.of(0)))),
                () -> assertThrows(IllegalArgumentException.class, () -> SHAPES.run("shapes:divide", "fast", List.of(Value.of(1), Value.of(1)))),
                () -> assertThrows(IllegalArgumentException.class, () -> SHAPES.run("shapes:nothing", "java", List.of())));
    }

    @Test
    void whatARunPrintsIsCapturedNotPrinted() {
        LoadedProgram.Run subflow = SHAPES.runPrinting("shapes:greet", BuildChoices.SUBFLOW, List.of(Value.of("ada")));
        LoadedProgram.Run proc = SHAPES.runPrinting("shapes:greet", "java", List.of(Value.of("ada")));
        Ended returned = new Ended.Branch(LoadedProgram.VOID_BRANCH, Optional.empty());
        assertAll(() -> assertEquals(new LoadedProgram.Run(returned, "hello ada\n"), subflow),
                () -> assertEquals(new LoadedProgram.Run(returned, "hi ada\n"), proc));
    }

    @Test
    void theInterpretersHostRunsAnEventsDefaultProcAndFaultsWithoutOne() {
        assertAll(() -> assertEquals(new Ended.Branch("quotient", Optional.of(Value.of(3))),
                        SHAPES.host().call("shapes:divide", List.of(Value.of(7), Value.of(2)))),
                () -> assertEquals(new Ended.Branch(LoadedProgram.VOID_BRANCH, Optional.empty()),
                        SHAPES.host().call("std.io:print", List.of(Value.of("not on the console")))),
                () -> assertEquals(new Ended.Fault("`hidden` has no implementation to run"),
                        SHAPES.host().call("shapes:hidden", List.of(Value.of(1)))),
                // A variant only a call site or a cross-check names still has its method.
                () -> assertEquals(new Ended.Branch("seen", Optional.of(Value.of(1))), SHAPES.run("shapes:hidden", "only", List.of(Value.of(1)))));
    }

    @Test
    void aProgramWhoseProcDoesNotCompileIsRejectedWithTheProcsEvent() {
        LoadedProgram.Loading loading = loading("clamp.kz", "\n~proc clamp|java(broken) {\n    return clamped(x +);\n}\n");
        LoadedProgram.Loading.Rejected rejected = assertInstanceOf(LoadedProgram.Loading.Rejected.class, loading);
        assertEquals(CLAMP, ((BuildProblem.JavacErrorInProc) rejected.problems().get(0)).event());
    }

    // ------------------------------------------------------------ values

    private static Ended clamped(long value) {
        return new Ended.Branch("clamped", Optional.of(Value.of(value)));
    }

    private static Value right(String value) {
        return new Value.Enum("shapes:Right", value);
    }

    private static Value grant(Set<String> rights, Map<Integer, Long> weights, List<Long> history) {
        Map<Value, Value> weightValues = new LinkedHashMap<>();
        weights.forEach((key, weight) -> weightValues.put(Value.of(key), Value.of(weight)));
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("who", Value.of("ada"));
        fields.put("rights", new Value.SetOf(rights.stream().map(LoadedProgramTest::right).collect(Collectors.toSet())));
        fields.put("weights", new Value.MapOf(weightValues, Value.of(0)));
        fields.put("history", new Value.ListOf(history.stream().map(Value::of).map(Value.class::cast).toList()));
        return new Value.Struct("shapes:Grant", fields);
    }

    private static Map<String, Value> withField(Map<String, Value> fields, String name, Value value) {
        Map<String, Value> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return changed;
    }

    private static Value regranted(Value grant, Value big, Value small) {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("grant", grant);
        fields.put("big", big);
        fields.put("small", small);
        return new Value.Struct("shapes:regrant.regranted", fields);
    }

    // ------------------------------------------------------------ programs

    private static LoadedProgram load(String file, String appended) {
        return assertInstanceOf(LoadedProgram.Loading.Loaded.class, loading(file, appended)).program();
    }

    private static LoadedProgram.Loading loading(String file, String appended) {
        String text;
        try {
            text = Files.readString(PROGRAMS.resolve(file)) + appended;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Elaboration elaboration = new Elaborator(Options.defaults()).elaborateText(file, text);
        assertFalse(elaboration.hasErrors(), () -> elaboration.diagnostics().toString());
        return LoadedProgram.load(LowerToCoreIr.lower(elaboration).orElseThrow(), FrontEndPartsOf.of(elaboration));
    }
}
