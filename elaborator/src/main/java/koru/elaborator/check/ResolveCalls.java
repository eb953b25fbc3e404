package koru.elaborator.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.Invocation;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.ast.Step;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.ImportPath;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.source.Span;

/**
 * Resolves the event of every invocation in every flow body and of every subflow and mock
 * (LANGUAGE.md A4, A5, A8): an unknown event, module or call-site variant is KORU040, calling a
 * non-{@code pub} event of another module is KORU044. The other flow checks skip what does not
 * resolve, so each unknown name is reported once, here.
 */
public final class ResolveCalls {
    private final Program program;
    private final Diagnostics diagnostics;

    private ResolveCalls(Program program, Diagnostics diagnostics) {
        this.program = program;
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        ResolveCalls pass = new ResolveCalls(program, diagnostics);
        for (Body body : Bodies.of(program)) {
            // A subflow or mock for an unknown event is CheckImplementations' (with procs).
            Steps.invocations(body.root()).forEach(invoke -> pass.resolve(body.module(), invoke));
        }
    }

    private void resolve(Module from, Step.Invoke invoke) {
        Invocation call = invoke.call();
        Optional<EventSymbol> resolved = program.resolveEvent(from, call.event());
        if (resolved.isEmpty()) {
            reportUnknownEvent(from, call.event(), "unknown event");
            return;
        }
        EventSymbol event = resolved.get();
        if (!event.module().name().equals(from.name()) && !event.isPublic()) {
            diagnostics.report(Diagnostic.error(Code.KORU044, call.event().span(),
                            "cannot call private event `%s` from module `%s`".formatted(event.name(), from.name()))
                    .withNote("`%s` is declared at %s".formatted(event.name(), event.decl().name().span()))
                    .withHint("mark it `~pub event %s` in module `%s`".formatted(event.name().path(), event.module().name())));
        }
        call.variant().ifPresent(variant -> checkVariant(call, variant, event));
    }

    /** {@code unknown} opens the message: an invocation names an "unknown event", a subflow implements one. */
    private void reportUnknownEvent(Module from, QualifiedName name, String unknownEvent) {
        if (name.isQualified()) {
            String moduleName = name.module().orElseThrow();
            Optional<Module> module = program.module(moduleName);
            if (module.isEmpty()) {
                Optional<Item.Import> imported = importOf(from, moduleName);
                if (imported.isPresent() && imported.get().annotations().isEmpty()) {
                    return; // its import failed and was reported (KORU002); every call would only repeat it
                }
                List<String> modules = program.modules().stream().map(Module::name).toList();
                Diagnostic unknown = Diagnostic.error(Code.KORU040, name.span(),
                        "%s `%s`: there is no module `%s`".formatted(unknownEvent, name, moduleName));
                if (imported.isPresent()) {
                    String flags = String.join(" ", imported.get().annotations().stream().map(a -> "--flag " + a.name()).toList());
                    diagnostics.report(unknown.withNote("its import is conditional: `" + imported.get().span().text().strip() + "`")
                            .withHint("run with `" + flags + "` to load it, or make the import unconditional"));
                    return;
                }
                diagnostics.report(DidYouMean.closest(moduleName, modules)
                        .map(m -> unknown.withHint("did you mean module `" + m + "`?"))
                        .orElse(unknown.withHint("import the module with `~import \"$alias/path\"`, and call it by its canonical name")));
                return;
            }
            List<String> paths = eventPathsOf(module.get());
            Diagnostic unknown = Diagnostic.error(Code.KORU040, name.span(),
                    "%s `%s`: module `%s` declares no `%s`".formatted(unknownEvent, name, moduleName, name.path()));
            diagnostics.report(DidYouMean.closest(name.path(), paths)
                    .map(p -> unknown.withHint("did you mean `" + moduleName + ":" + p + "`?"))
                    .orElse(unknown.withHint("declare it in `%s` with `~pub event %s { … }`".formatted(moduleName, name.path()))));
            return;
        }
        Diagnostic unknown = Diagnostic.error(Code.KORU040, name.span(), "%s `%s`".formatted(unknownEvent, name.path()));
        Optional<EventSymbol> elsewhere = program.events().stream()
                .filter(e -> e.name().path().equals(name.path()))
                .findFirst();
        if (elsewhere.isPresent()) {
            String qualified = elsewhere.get().name().toString();
            diagnostics.report(unknown.withNote("`%s` is declared in module `%s`".formatted(name.path(), elsewhere.get().module().name()))
                    .withHint("events of other modules are called by their canonical name: `%s(…)`".formatted(qualified)));
            return;
        }
        List<String> visible = new ArrayList<>(eventPathsOf(from));
        visible.addAll(program.keywords().keySet());
        diagnostics.report(DidYouMean.closest(name.path(), visible)
                .map(p -> unknown.withHint("did you mean `" + p + "`?"))
                .orElse(unknown.withHint("declare it with `~event %s { … }`".formatted(name.path()))));
    }

    /** The import of {@code from} that names module {@code canonical}, whether it loaded or not. */
    private static Optional<Item.Import> importOf(Module from, String canonical) {
        return from.items(Item.Import.class)
                .filter(i -> ImportPath.parse(i.path()).map(ImportPath::canonical).filter(canonical::equals).isPresent())
                .findFirst();
    }

    private List<String> eventPathsOf(Module module) {
        return program.events().stream()
                .filter(e -> e.module().name().equals(module.name()))
                .map(e -> e.name().path())
                .toList();
    }

    private void checkVariant(Invocation call, String variant, EventSymbol event) {
        List<String> variants = variantsOf(event);
        if (variants.contains(variant)) {
            return;
        }
        Diagnostic unknown = Diagnostic.error(Code.KORU040, variantSpan(call, variant),
                        "`%s` has no variant `%s`".formatted(call.event(), variant))
                .withNote(variants.isEmpty() ? "`" + call.event() + "` has no proc"
                        : "its variants: " + String.join(", ", variants.stream().map(v -> "`" + v + "`").toList()));
        diagnostics.report(DidYouMean.closest(variant, variants)
                .map(v -> unknown.withHint("did you mean `" + call.event() + "|" + v + "`?"))
                .orElse(unknown.withHint("declare it with `~proc %s|java(%s) { … }`, or call `%s(…)` without a variant"
                        .formatted(event.name().path(), variant, call.event()))));
    }

    /**
     * The names a call site can pick: a proc's parenthesised variant name, else its host
     * ({@code java} for a bare proc, LANGUAGE.md Part D).
     */
    private List<String> variantsOf(EventSymbol event) {
        List<String> variants = new ArrayList<>();
        for (Module module : program.modules()) {
            module.items(Item.Proc.class)
                    .filter(proc -> program.resolveEvent(module, proc.event()).filter(event::equals).isPresent())
                    .map(proc -> proc.variant().orElse(proc.host().orElse("java")))
                    .filter(v -> !variants.contains(v))
                    .forEach(variants::add);
        }
        return variants;
    }

    /** The variant's name after {@code |} in the invocation's text. */
    private static Span variantSpan(Invocation call, String variant) {
        Span whole = call.span();
        int bar = whole.text().indexOf('|');
        int start = whole.text().indexOf(variant, Math.max(bar, 0));
        return start < 0 ? whole : new Span(whole.file(), whole.start() + start, whole.start() + start + variant.length());
    }
}
