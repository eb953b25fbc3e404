package koru.elaborator.check;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Canonical;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.resolve.Visibility;
import koru.elaborator.source.Span;

/**
 * Checks what procs, subflows and mocks implement (LANGUAGE.md A3, A5; docs/language/modules.md):
 * the event exists (KORU040, with the nearest name as hint); a proc's host is Java (KORU040);
 * one module gives an event at most one implementation per variant, a bare proc and a
 * {@code |java} proc being the same variant (KORU015); another module's event may be implemented
 * only when it is visible (KORU044) and {@code [abstract]}, and at most once (KORU015).
 */
public final class CheckImplementations {
    /** The variant a subflow stands for, distinct from every proc variant name. */
    private static final String SUBFLOW = "=";

    private final Program program;
    private final Diagnostics diagnostics;
    private final Map<String, Span> implementations = new HashMap<>();
    private final Map<Canonical, Span> overrides = new HashMap<>();

    private CheckImplementations(Program program, Diagnostics diagnostics) {
        this.program = program;
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        CheckImplementations check = new CheckImplementations(program, diagnostics);
        for (Module module : program.modules()) {
            module.items().forEach(item -> check.item(module, item));
        }
    }

    private void item(Module module, Item item) {
        switch (item) {
            case Item.Proc proc -> variantOf(proc).ifPresent(variant -> resolve(module, proc.event())
                    .ifPresent(event -> implementation(module, event, variant, proc.event().span())));
            case Item.Subflow subflow -> resolve(module, subflow.event())
                    .ifPresent(event -> implementation(module, event, SUBFLOW, subflow.event().span()));
            case Item.Test test -> test.body().stream()
                    .filter(Item.Subflow.class::isInstance).map(Item.Subflow.class::cast)
                    .forEach(mock -> resolve(module, mock.event()));
            default -> { }
        }
    }

    /** {@code ~proc e} and {@code ~proc e|java} are variant ""; {@code ~proc e|java(fast)} is "fast". */
    private Optional<String> variantOf(Item.Proc proc) {
        if (proc.host().isPresent() && !proc.host().get().equals("java")) {
            String host = proc.host().get();
            diagnostics.report(Diagnostic.error(Code.KORU040, proc.event().span(),
                            "unknown host `" + host + "` for the proc of `" + proc.event() + "`: Koru/J procs are Java")
                    .withHint("for a named Java variant write `~proc " + proc.event() + "|java(" + host + ")`"));
            return Optional.empty();
        }
        return Optional.of(proc.variant().orElse(""));
    }

    private Optional<EventSymbol> resolve(Module module, QualifiedName name) {
        Optional<EventSymbol> event = program.resolveEvent(module, name);
        if (event.isEmpty()) {
            Diagnostic missing = name.module().filter(m -> program.module(m).isEmpty())
                    .map(m -> Diagnostic.error(Code.KORU040, name.span(), "no module `" + m + "` for `" + name + "`")
                            .withHint("import the module, or fix the qualifier"))
                    .orElseGet(() -> Diagnostic.error(Code.KORU040, name.span(), "no event `" + name + "` to implement")
                            .withHint(nearest(module, name)
                                    .map(n -> "did you mean `" + n + "`?")
                                    .orElse("declare it first: `~event " + name.path() + " { … }`")));
            diagnostics.report(missing);
        }
        return event;
    }

    private void implementation(Module module, EventSymbol event, String variant, Span at) {
        boolean isOverride = !event.module().name().equals(module.name());
        if (isOverride && !Visibility.canCall(module, event)) {
            diagnostics.report(Diagnostic.error(Code.KORU044, at, "event `" + event.name() + "` is private to `"
                            + event.module().name() + "`")
                    .withHint("only `pub` `[abstract]` events can be implemented from another module"));
            return;
        }
        if (isOverride && !event.hasAnnotation("abstract")) {
            diagnostics.report(Diagnostic.error(Code.KORU015, at, "`" + event.name()
                            + "` is not `[abstract]`, so only `" + event.module().name() + "` may implement it")
                    .withHint("mark it `~[abstract] pub event` in `" + event.module().name()
                            + "`, or call it instead of implementing it"));
            return;
        }
        String key = module.name() + " " + event.name() + " " + variant;
        Span first = implementations.putIfAbsent(key, at);
        if (first != null) {
            diagnostics.report(Diagnostic.error(Code.KORU015, at, describe(variant) + " of `" + event.name().path()
                            + "` is defined twice")
                    .withNote("first defined at " + first)
                    .withHint(variant.equals(SUBFLOW) ? "delete one of the subflows"
                            : "delete one, or name a second Java variant: `~proc " + event.name().path() + "|java(fast)`"));
            return;
        }
        if (isOverride) {
            Span firstOverride = overrides.putIfAbsent(event.name(), at);
            if (firstOverride != null) {
                diagnostics.report(Diagnostic.error(Code.KORU015, at, "`" + event.name() + "` is overridden twice")
                        .withNote("first overridden at " + firstOverride)
                        .withHint("an abstract event takes at most one override; delete one"));
            }
        }
    }

    private static String describe(String variant) {
        return switch (variant) {
            case SUBFLOW -> "the subflow";
            case "" -> "the default Java proc";
            default -> "the Java variant `" + variant + "`";
        };
    }

    /** The declared event name closest to {@code name} by edit distance, if any is close enough. */
    private Optional<String> nearest(Module module, QualifiedName name) {
        String wanted = name.path();
        String scope = name.module().orElse(module.name());
        Stream<String> candidates = Stream.concat(
                program.events().stream().filter(e -> e.name().module().equals(scope)).map(e -> e.name().path()),
                name.isQualified() ? Stream.empty() : program.keywords().keySet().stream());
        int limit = Math.max(2, wanted.length() / 3);
        return candidates.filter(c -> !c.equals(wanted))
                .map(c -> Map.entry(c, distance(wanted, c)))
                .filter(e -> e.getValue() <= limit)
                .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
                .map(e -> name.module().map(m -> m + ":").orElse("") + e.getKey());
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
