package koru.proptest.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import koru.extract.BuildChoices;
import koru.extract.CallSites;
import koru.extract.variants.LoadedProgram;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Test;
import koru.proptest.tests.Combination.Choice;

/**
 * The runs of one {@code ~test}: one per way of choosing an implementation for each event it reaches
 * (docs/testing.md, "~test blocks"). The events it reaches are those its flow and mocks call, and,
 * where an event's subflow is chosen to be interpreted, those that subflow calls, and so on: an
 * extracted subflow calls the build's default implementations, which are not varied from inside it
 * (and it is not chosen where it would bypass a mock). A mocked event is not varied (the mock runs);
 * an event with one implementation runs it and is not named in the report; a call that names a variant
 * runs it ({@code LoadedProgram.host()}'s {@code callAt}) and varies nothing.
 */
final class TestMatrix {
    /** The variant that has the reference interpreter walk the event's subflow. */
    static final String INTERPRETER = "interpreter";

    private final LoadedProgram loaded;
    private final Map<String, Body> subflows = new LinkedHashMap<>();
    private final Set<String> mocked;

    private TestMatrix(Program program, Test test, LoadedProgram loaded) {
        this.loaded = loaded;
        program.bodies().stream().filter(body -> body.kind() == Body.Kind.SUBFLOW)
                .forEach(body -> subflows.put(body.implementing().orElseThrow(), body));
        this.mocked = test.mocks().stream().map(mock -> mock.implementing().orElseThrow()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Every combination {@code test} runs with, the interpreter's choices first; one empty combination when nothing varies.
     * A call in the test that names a variant ({@code named}: {@code ~clamp|java(…)}) runs that variant and varies nothing.
     */
    static List<Combination> of(Program program, Test test, LoadedProgram loaded, Set<Origin> named) {
        List<String> called = Stream.concat(Stream.of(test.flow()), test.mocks().stream())
                .flatMap(body -> CallSites.sitesIn(body.root()).stream()).filter(site -> !named.contains(site.origin()))
                .map(CallSites.CallSite::event).distinct().toList();
        return new TestMatrix(program, test, loaded).expand(List.of(), called);
    }

    /**
     * At most {@code cap} of {@code combinations}, all of them if they are that few; else a covering set: the first (the
     * interpreter's), then each that runs an implementation of an event none chosen so far ran, then the next ones in
     * order up to the cap. Every implementation of every event still runs at least once, even where that takes more.
     */
    static List<Combination> capped(List<Combination> combinations, int cap) {
        if (combinations.size() <= cap) {
            return combinations;
        }
        Set<Choice> covered = new HashSet<>();
        Set<Combination> kept = new LinkedHashSet<>();
        for (Combination combination : combinations) {
            if (kept.isEmpty() || !covered.containsAll(combination.choices())) {
                kept.add(combination);
                covered.addAll(combination.choices());
            }
        }
        combinations.stream().takeWhile(combination -> kept.size() < cap).forEach(kept::add);
        // In the matrix's order: the first combination, then the others as the test reaches them.
        return combinations.stream().filter(kept::contains).toList();
    }

    /** The combinations that extend {@code chosen} with a choice for each event of {@code pending} (and those they reach). */
    private List<Combination> expand(List<Choice> chosen, List<String> pending) {
        if (pending.isEmpty()) {
            return List.of(new Combination(chosen));
        }
        String event = pending.get(0);
        List<String> rest = pending.subList(1, pending.size());
        List<String> implementations = mocked.contains(event) || chosen.stream().anyMatch(choice -> choice.event().equals(event))
                ? List.of() : implementations(event);
        if (implementations.isEmpty()) {
            return expand(chosen, rest);
        }
        List<Combination> combinations = new ArrayList<>();
        for (String variant : implementations) {
            List<Choice> more = new ArrayList<>(chosen);
            more.add(new Choice(event, variant, implementations.size() > 1));
            List<String> next = new ArrayList<>(rest);
            if (variant.equals(INTERPRETER)) {
                next.addAll(CallSites.calledIn(subflows.get(event).root()));
            }
            combinations.addAll(expand(more, next));
        }
        return combinations;
    }

    /**
     * The implementations of {@code event}: the interpreter first if it has a subflow, then the compiled ones; not its
     * extracted subflow if that reaches a mocked event, since the extracted Java would call the real one.
     */
    private List<String> implementations(String event) {
        List<String> implementations = new ArrayList<>();
        if (subflows.containsKey(event)) {
            implementations.add(INTERPRETER);
        }
        boolean bypassesMocks = reachesMock(event);
        loaded.variants(event).stream().filter(variant -> !(bypassesMocks && variant.equals(BuildChoices.SUBFLOW)))
                .forEach(implementations::add);
        return implementations;
    }

    /** Whether {@code event}'s subflow calls a mocked event, directly or through the subflows it calls. */
    private boolean reachesMock(String event) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(event));
        while (!pending.isEmpty()) {
            Body subflow = subflows.get(pending.pop());
            if (subflow != null && seen.add(subflow.implementing().orElseThrow())) {
                for (String called : CallSites.calledIn(subflow.root())) {
                    if (mocked.contains(called)) {
                        return true;
                    }
                    pending.push(called);
                }
            }
        }
        return false;
    }
}
