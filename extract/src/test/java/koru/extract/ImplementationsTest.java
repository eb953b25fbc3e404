package koru.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Implementation;
import org.junit.jupiter.api.Test;

/** LANGUAGE.md A3's selection: the call site's variant, else {@code --variant}, else the subflow, else the bare or {@code |java} proc. */
class ImplementationsTest {
    private static final Origin NOWHERE = new Origin("app.kz", 0, 0);
    private static final Origin PLAIN_CALL = new Origin("app.kz", 100, 110);
    private static final Origin FAST_CALL = new Origin("app.kz", 200, 215);

    private static final HostProc JAVA = proc("app:compute", HostProc.DEFAULT_VARIANT);
    private static final HostProc FAST = proc("app:compute", "fast");
    private static final HostProc ONLY_NAMED = proc("app:named", "shift");

    /** {@code compute} has a subflow, a {@code |java} and a {@code |java(fast)} proc; {@code named} only {@code |java(shift)}. */
    private static final Program PROGRAM = new Program(List.of(),
            List.of(event("app:compute", Implementation.SUBFLOW), event("app:named", Implementation.HOST)),
            List.of(new Body(Body.Kind.SUBFLOW, Optional.of("app:compute"), new Node.End(NOWHERE), NOWHERE)), List.of());

    private static final FrontEndParts PARTS = new FrontEndParts("app", List.of(JAVA, FAST, ONLY_NAMED),
            List.of(new FrontEndParts.CallVariant(FAST_CALL, "app:compute", "fast")), Map.of(), Map.of("app.kz", ""));

    @Test
    void withoutChoicesTheSubflowIsSelectedAndACallSiteMayNameAnother() {
        Implementations implementations = new Implementations(PROGRAM, PARTS, BuildChoices.DEFAULTS);
        assertEquals(BuildChoices.SUBFLOW, implementations.selected("app:compute").orElseThrow().variant());
        assertEquals("compute", implementations.methodAt("app:compute", PLAIN_CALL));
        assertEquals("compute$fast", implementations.methodAt("app:compute", FAST_CALL));
        assertEquals(List.of(BuildChoices.SUBFLOW, "fast"), implementations.used("app:compute").stream().map(Implementations.Chosen::variant).toList());
    }

    @Test
    void theOptionSelectsAProcAndACallSiteNamingTheSameVariantCallsTheSameMethod() {
        Implementations implementations = new Implementations(PROGRAM, PARTS, new BuildChoices(Map.of("app:compute", "fast"), false));
        assertEquals(new Implementations.Chosen.Proc(FAST), implementations.at("app:compute", PLAIN_CALL).orElseThrow());
        assertEquals("compute", implementations.methodAt("app:compute", FAST_CALL));
        assertEquals(List.of("fast"), implementations.used("app:compute").stream().map(Implementations.Chosen::variant).toList());
    }

    @Test
    void theJavaVariantIsTheBareProcAndSubflowNamesTheSubflow() {
        Implementations java = new Implementations(PROGRAM, PARTS, new BuildChoices(Map.of("app:compute", HostProc.DEFAULT_VARIANT), false));
        Implementations subflow = new Implementations(PROGRAM, PARTS, new BuildChoices(Map.of("app:compute", BuildChoices.SUBFLOW), false));
        assertEquals(new Implementations.Chosen.Proc(JAVA), java.selected("app:compute").orElseThrow());
        assertEquals(BuildChoices.SUBFLOW, subflow.selected("app:compute").orElseThrow().variant());
    }

    @Test
    void anEventWithOnlyNamedVariantsHasNothingSelectedUntilOneIsChosen() {
        Implementations unchosen = new Implementations(PROGRAM, PARTS, BuildChoices.DEFAULTS);
        Implementations chosen = new Implementations(PROGRAM, PARTS, new BuildChoices(Map.of("app:named", "shift"), false));
        assertEquals(Optional.empty(), unchosen.at("app:named", PLAIN_CALL));
        assertEquals(List.of(), unchosen.used("app:named"));
        assertThrows(IllegalStateException.class, () -> unchosen.methodAt("app:named", PLAIN_CALL));
        assertEquals(new Implementations.Chosen.Proc(ONLY_NAMED), chosen.at("app:named", PLAIN_CALL).orElseThrow());
    }

    @Test
    void everyVariantGivesEveryImplementationAMethodTheSelectedOneFirst() {
        Implementations every = new Implementations(PROGRAM, PARTS, BuildChoices.EVERY_VARIANT);
        assertEquals(List.of(BuildChoices.SUBFLOW, "fast", HostProc.DEFAULT_VARIANT),
                every.used("app:compute").stream().map(Implementations.Chosen::variant).toList());
        assertEquals(List.of("compute", "compute$fast", "compute$java"),
                every.used("app:compute").stream().map(chosen -> every.methodOf("app:compute", chosen)).toList());
        // Nothing is selected for `named`, yet its one variant has a method.
        assertEquals(List.of(ONLY_NAMED), every.usedProcs("app:named"));
        assertEquals(Optional.empty(), every.variant("app:compute", "slow"));
    }

    private static HostProc proc(String event, String variant) {
        return new HostProc(event, variant, "", NOWHERE);
    }

    private static Event event(String name, Implementation implementation) {
        return new Event(name, List.of(), Optional.empty(), List.of(), Set.of(), implementation, NOWHERE);
    }
}
