package koru.elaborator.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import koru.elaborator.ast.Annotation;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;

/**
 * Checks {@code ~[keyword]} events (LANGUAGE.md A2, docs/language/modules.md): a keyword is
 * callable from every module, so it must be {@code pub} (KORU044), and one keyword name may be
 * declared by only one module (KORU040: the unqualified name would denote no single event).
 */
public final class CheckKeywordDeclarations {
    private CheckKeywordDeclarations() {
    }

    public static void run(Program program, Diagnostics diagnostics) {
        Map<String, List<EventSymbol>> byName = new LinkedHashMap<>();
        for (EventSymbol event : program.events()) {
            if (!event.hasAnnotation("keyword")) {
                continue;
            }
            byName.computeIfAbsent(event.name().path(), path -> new java.util.ArrayList<>()).add(event);
            if (!event.isPublic()) {
                diagnostics.report(Diagnostic.error(Code.KORU044, keywordAnnotation(event).span(),
                                "keyword event `" + event.name().path() + "` is not `pub`")
                        .withHint("a keyword is callable from every module: write `~[keyword] pub event "
                                + event.name().path() + "`"));
            }
        }
        byName.values().stream().filter(events -> events.size() > 1).forEach(events -> ambiguous(events, diagnostics));
    }

    private static void ambiguous(List<EventSymbol> events, Diagnostics diagnostics) {
        String modules = events.stream().map(e -> "`" + e.module().name() + "`").collect(Collectors.joining(", "));
        boolean onlyStandard = events.stream().allMatch(e -> e.module().origin() == Module.Origin.STANDARD);
        for (EventSymbol event : events) {
            if (event.module().origin() == Module.Origin.STANDARD && !onlyStandard) {
                continue;
            }
            diagnostics.report(Diagnostic.error(Code.KORU040, keywordAnnotation(event).span(),
                            "keyword `" + event.name().path() + "` is ambiguous: it is declared by " + modules)
                    .withHint("remove `keyword` here and call the event qualified (`~" + event.name() + "(…)`), or rename it"));
        }
    }

    private static Annotation keywordAnnotation(EventSymbol event) {
        return event.decl().annotations().stream().filter(a -> a.name().equals("keyword")).findFirst().orElseThrow();
    }
}
