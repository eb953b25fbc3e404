package koru.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import koru.extract.java.JavaNames;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;

/**
 * Which implementation of an event each call runs (LANGUAGE.md A3): the variant the call site names
 * ({@code ~clamp|branchless(…)}), else the one {@code --variant} names, else the subflow, else the
 * bare or {@code |java} proc. An event's selected implementation is its Java method named after the
 * event; another variant that a call site names is a second method, {@code clamp$branchless} (no
 * Koru name has a {@code $}), so that two variants of one event can run in one program. An event with
 * a branch of its own name ({@code ~event input | input …}) has that branch's factory method, which
 * proc bodies call, by that name: its selected implementation is then {@code input$}.
 */
public final class Implementations {
    /** One implementation of an event: its subflow or one of its procs. */
    public sealed interface Chosen {
        String variant();

        record Subflow(Body body) implements Chosen {
            @Override
            public String variant() {
                return BuildChoices.SUBFLOW;
            }
        }

        record Proc(HostProc proc) implements Chosen {
            @Override
            public String variant() {
                return proc.variant();
            }
        }
    }

    private final Map<String, Body> subflows;
    /** Event, then variant, to the proc. */
    private final Map<String, Map<String, HostProc>> procs = new HashMap<>();
    private final Map<String, String> selectedVariants;
    private final Map<Origin, String> callVariants;
    private final List<FrontEndParts.CallVariant> callSites;
    private final boolean everyVariant;
    /** The events with a branch of their own name, whose factory method takes their name in Java. */
    private final Set<String> namedLikeABranch;

    public Implementations(Program program, FrontEndParts parts, BuildChoices choices) {
        this.namedLikeABranch = program.events().stream().filter(JavaNames::hasBranchNamedLikeIt)
                .map(Program.Event::name).collect(Collectors.toUnmodifiableSet());
        this.subflows = Map.copyOf(program.bodies().stream().filter(body -> body.kind() == Body.Kind.SUBFLOW)
                .collect(Collectors.toMap(body -> body.implementing().orElseThrow(), Function.identity(), (first, second) -> first)));
        parts.procs().forEach(proc -> procs.computeIfAbsent(proc.event(), e -> new LinkedHashMap<>()).putIfAbsent(proc.variant(), proc));
        this.selectedVariants = choices.variants();
        this.everyVariant = choices.everyVariant();
        this.callSites = parts.callVariants();
        this.callVariants = callSites.stream().collect(Collectors.toMap(FrontEndParts.CallVariant::at, FrontEndParts.CallVariant::variant,
                (first, second) -> first));
    }

    /** The subflow of each event that has one, by event: what a call of it runs unless a proc variant is chosen. */
    public Map<String, Body> subflows() {
        return subflows;
    }

    /** The event's selected implementation: what a call that names no variant runs. */
    public Optional<Chosen> selected(String event) {
        String named = selectedVariants.get(event);
        if (named != null) {
            return variant(event, named);
        }
        return variant(event, BuildChoices.SUBFLOW).or(() -> variant(event, HostProc.DEFAULT_VARIANT));
    }

    /** The variant the call at {@code call} names, if it names one. */
    public Optional<String> namedAt(Origin call) {
        return Optional.ofNullable(callVariants.get(call));
    }

    /** What the call of {@code event} at {@code call} runs; empty when that implementation does not exist (KORU202). */
    public Optional<Chosen> at(String event, Origin call) {
        return namedAt(call).map(named -> variant(event, named)).orElseGet(() -> selected(event));
    }

    /** The Java method the call of {@code event} at {@code call} calls. */
    public String methodAt(String event, Origin call) {
        return methodOf(event, at(event, call).orElseThrow(() -> new IllegalStateException("no implementation of " + event + " at " + call)));
    }

    /** The Java method of one implementation: the event's own name for the selected one, {@code event$variant} for another. */
    public String methodOf(String event, Chosen chosen) {
        boolean isSelected = selected(event).map(Chosen::variant).filter(chosen.variant()::equals).isPresent();
        String method = JavaNames.method(event);
        return isSelected ? (namedLikeABranch.contains(event) ? method + "$" : method) : method + "$" + chosen.variant();
    }

    /**
     * The implementations of {@code event} that some call may run: the selected one first, then those call sites name;
     * under {@link BuildChoices#everyVariant}, then every other one (the subflow, then the procs in source order).
     */
    public List<Chosen> used(String event) {
        List<Chosen> used = new ArrayList<>();
        selected(event).ifPresent(used::add);
        Stream<String> others = callSites.stream().filter(site -> site.event().equals(event)).map(FrontEndParts.CallVariant::variant)
                .distinct().sorted();
        if (everyVariant) {
            others = Stream.concat(others, Stream.concat(Stream.of(BuildChoices.SUBFLOW), procs.getOrDefault(event, Map.of()).keySet().stream()));
        }
        others.flatMap(named -> variant(event, named).stream())
                .filter(chosen -> used.stream().noneMatch(u -> u.variant().equals(chosen.variant())))
                .forEach(used::add);
        return used;
    }

    /** The procs of {@code event} that some call may run, in {@link #used}'s order: those whose Java bodies the build holds. */
    public List<HostProc> usedProcs(String event) {
        return used(event).stream().flatMap(chosen -> chosen instanceof Chosen.Proc proc ? Stream.of(proc.proc()) : Stream.empty()).toList();
    }

    /** The implementation of {@code event} named {@code name} (a proc variant or {@link BuildChoices#SUBFLOW}), if it has one. */
    public Optional<Chosen> variant(String event, String name) {
        if (name.equals(BuildChoices.SUBFLOW)) {
            return Optional.ofNullable(subflows.get(event)).map(Chosen.Subflow::new);
        }
        return Optional.ofNullable(procs.getOrDefault(event, Map.of()).get(name)).map(Chosen.Proc::new);
    }
}
