package koru.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.elaborator.ast.Item;
import koru.elaborator.check.DidYouMean;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.extract.BuildChoices;
import koru.extract.HostProc;

/**
 * {@code --variant event=name} resolved against a program (docs/extraction.md): the event as its
 * source names it ({@code clamp}, or {@code module:clamp} where two modules have one), the name a
 * proc variant's ({@code branchless}; {@code java} for the bare or {@code |java} proc) or
 * {@code subflow}. A wrong option is a usage error naming what exists.
 */
final class VariantOptions {
    private VariantOptions() {
    }

    sealed interface Resolved {
        /** Canonical event name to the variant chosen. */
        record Chosen(Map<String, String> variants) implements Resolved {
        }

        record Wrong(String reason) implements Resolved {
        }
    }

    static Resolved resolve(List<String> options, Program program) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            if (equals <= 0 || equals == option.length() - 1) {
                return new Resolved.Wrong("--variant " + option + ": write it as EVENT=VARIANT, e.g. --variant clamp=branchless");
            }
            String name = option.substring(0, equals);
            String variant = option.substring(equals + 1);
            List<EventSymbol> events = named(name, program);
            if (events.size() != 1) {
                return new Resolved.Wrong("--variant " + option + ": " + (events.isEmpty() ? noEvent(name, program)
                        : "`" + name + "` is an event of several modules: write one of "
                                + String.join(", ", events.stream().map(e -> "`" + e.name() + "`").toList())));
            }
            EventSymbol event = events.get(0);
            List<String> variants = variantsOf(event, program);
            if (variant.equals(BuildChoices.SUBFLOW) && variants.stream().filter(BuildChoices.SUBFLOW::equals).count() > 1) {
                return new Resolved.Wrong("--variant " + option + ": `" + name + "` has both a subflow and a Java variant named `subflow`;"
                        + " rename the Java variant");
            }
            if (!variants.contains(variant)) {
                String available = variants.isEmpty() ? "it has no implementation"
                        : "its variants: " + String.join(", ", variants.stream().distinct().map(v -> "`" + v + "`").toList());
                return new Resolved.Wrong("--variant " + option + ": `" + name + "` has no variant `" + variant + "`; " + available
                        + DidYouMean.closest(variant, variants).map(v -> " (did you mean `" + name + "=" + v + "`?)").orElse(""));
            }
            String canonical = event.name().toString();
            String earlier = chosen.putIfAbsent(canonical, variant);
            if (earlier != null && !earlier.equals(variant)) {
                return new Resolved.Wrong("--variant " + option + ": `" + name + "` is already given the variant `" + earlier + "`");
            }
        }
        return new Resolved.Chosen(chosen);
    }

    /** {@code module:event} exactly; a plain path, the event of the entry module, else of whichever module has one. */
    private static List<EventSymbol> named(String name, Program program) {
        if (name.contains(":")) {
            return program.events().stream().filter(event -> event.name().toString().equals(name)).toList();
        }
        List<EventSymbol> all = program.events().stream().filter(event -> event.name().path().equals(name)).toList();
        List<EventSymbol> entry = all.stream().filter(event -> event.module().name().equals(program.entry().name())).toList();
        return entry.isEmpty() ? all : entry;
    }

    private static String noEvent(String name, Program program) {
        List<String> paths = program.events().stream().map(event -> name.contains(":") ? event.name().toString() : event.name().path())
                .distinct().toList();
        return "the program has no event `" + name + "`"
                + DidYouMean.closest(name, paths).map(p -> " (did you mean `" + p + "`?)").orElse("");
    }

    /** The names {@code --variant} accepts for {@code event}, in source order: each proc's, and {@code subflow} if it has one. */
    private static List<String> variantsOf(EventSymbol event, Program program) {
        List<String> variants = new ArrayList<>();
        for (Module module : program.modules()) {
            module.items().forEach(item -> implemented(item, module, program).filter(event.name()::equals)
                    .ifPresent(implemented -> variants.add(item instanceof Item.Proc proc ? proc.variant().orElse(HostProc.DEFAULT_VARIANT)
                            : BuildChoices.SUBFLOW)));
        }
        return variants;
    }

    private static Optional<koru.elaborator.resolve.Canonical> implemented(Item item, Module module, Program program) {
        return switch (item) {
            case Item.Proc proc -> program.resolveEvent(module, proc.event()).map(EventSymbol::name);
            case Item.Subflow subflow -> program.resolveEvent(module, subflow.event()).map(EventSymbol::name);
            default -> Optional.empty();
        };
    }
}
