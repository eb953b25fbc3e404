package koru.elaborator.check;

import java.util.Optional;
import java.util.regex.Pattern;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.resolve.Canonical;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;

/**
 * One side of a tap (LANGUAGE.md A9): {@code *} (anything), {@code _} (a terminal, destinations
 * only), a concrete event ({@code work}, {@code app:work}, resolved like a call in the tap's
 * module), or a glob ({@code file.*}, {@code *:compute}) where {@code *} stands for any run of
 * characters within the module or the path. An unqualified glob matches events of the tap's module.
 */
public record TapPattern(String text, Optional<Pattern> module, Optional<Pattern> path, Optional<Canonical> concrete) {
    public static final String TERMINAL = "_";

    /** The metatypes a tap handler may bind instead of a branch of the source event. */
    public static final java.util.Set<String> METATYPES = java.util.Set.of("Transition", "Profile", "Audit");

    public static TapPattern of(Program program, Module tapModule, Item.TapEndpoint endpoint) {
        String text = endpoint.pattern();
        if (text.equals("*") || text.equals("*:*") || text.equals(TERMINAL)) {
            return new TapPattern(text, Optional.empty(), Optional.empty(), Optional.empty());
        }
        int colon = text.indexOf(':');
        String module = colon < 0 ? tapModule.name() : text.substring(0, colon);
        String path = colon < 0 ? text : text.substring(colon + 1);
        if (!text.contains("*")) {
            QualifiedName name = new QualifiedName(colon < 0 ? Optional.empty() : Optional.of(module), path, endpoint.span());
            Canonical resolved = program.resolveEvent(tapModule, name).map(EventSymbol::name)
                    .orElse(new Canonical(module, path));
            return new TapPattern(text, Optional.empty(), Optional.empty(), Optional.of(resolved));
        }
        return new TapPattern(text, Optional.of(glob(module)), Optional.of(glob(path)), Optional.empty());
    }

    private static Pattern glob(String text) {
        return Pattern.compile(java.util.Arrays.stream(text.split("\\*", -1))
                .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
                .collect(java.util.stream.Collectors.joining(".*")));
    }

    public boolean isGlob() {
        return module.isPresent() || concrete.isEmpty();
    }

    public boolean isTerminal() {
        return text.equals(TERMINAL);
    }

    /** Whether a transition's event matches ({@code Optional.empty()} is a terminal). */
    public boolean matches(Optional<Canonical> event) {
        if (isTerminal()) {
            return event.isEmpty();
        }
        if (event.isEmpty()) {
            return concrete.isEmpty() && module.isEmpty();
        }
        Canonical name = event.get();
        if (concrete.isPresent()) {
            return concrete.get().equals(name);
        }
        return module.map(m -> m.matcher(name.module()).matches()).orElse(true)
                && path.map(p -> p.matcher(name.path()).matches()).orElse(true);
    }
}
