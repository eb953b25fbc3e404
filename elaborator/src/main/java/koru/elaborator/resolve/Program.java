package koru.elaborator.resolve;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;

/**
 * The loaded modules and their symbol tables: every event and type under its canonical name, and
 * the keyword events callable unqualified. Built once per module set; a pass that rewrites the
 * AST builds a new program from the rewritten modules.
 */
public final class Program {
    private final List<Module> modules;
    private final Map<String, Module> modulesByName = new LinkedHashMap<>();
    private final Map<Canonical, EventSymbol> events = new LinkedHashMap<>();
    private final Map<Canonical, TypeSymbol> types = new LinkedHashMap<>();
    private final Map<String, EventSymbol> keywords = new LinkedHashMap<>();

    private Program(List<Module> modules) {
        this.modules = List.copyOf(modules);
    }

    /**
     * Registers every declaration of {@code modules}. A second event or type of the same canonical
     * name is KORU020 and the first one stays; a keyword two modules declare is reported by the
     * declaration checks, and the first one stays registered.
     */
    public static Program of(List<Module> modules, Diagnostics diagnostics) {
        Program program = new Program(modules);
        for (Module module : modules) {
            program.modulesByName.putIfAbsent(module.name(), module);
            module.items(Item.Event.class).forEach(event -> program.register(module, event, diagnostics));
            module.items(Item.Type.class).forEach(type -> program.register(module, type, diagnostics));
        }
        return program;
    }

    private void register(Module module, Item.Event event, Diagnostics diagnostics) {
        Canonical name = new Canonical(module.name(), event.name().path());
        EventSymbol symbol = new EventSymbol(name, event, module);
        EventSymbol first = events.putIfAbsent(name, symbol);
        if (first != null) {
            diagnostics.report(Diagnostic.error(Code.KORU020, event.name().span(), "event `" + name + "` is declared twice")
                    .withNote("first declared at " + first.decl().name().span())
                    .withHint("rename one of them, or merge their branches into one declaration"));
            return;
        }
        if (symbol.hasAnnotation("keyword")) {
            keywords.putIfAbsent(event.name().path(), symbol);
        }
    }

    private void register(Module module, Item.Type type, Diagnostics diagnostics) {
        Canonical name = new Canonical(module.name(), type.name());
        TypeSymbol first = types.putIfAbsent(name, new TypeSymbol(name, type, module));
        if (first != null) {
            diagnostics.report(Diagnostic.error(Code.KORU020, type.nameSpan(), "type `" + name + "` is declared twice")
                    .withNote("first declared at " + first.decl().nameSpan())
                    .withHint("rename one of them"));
        }
    }

    public List<Module> modules() {
        return modules;
    }

    /** The module whose top-level flows run. */
    public Module entry() {
        return modules.stream().filter(Module::isEntry).findFirst().orElseThrow();
    }

    public Optional<Module> module(String name) {
        return Optional.ofNullable(modulesByName.get(name));
    }

    public Collection<EventSymbol> events() {
        return Collections.unmodifiableCollection(events.values());
    }

    public Collection<TypeSymbol> types() {
        return Collections.unmodifiableCollection(types.values());
    }

    public Optional<EventSymbol> event(Canonical name) {
        return Optional.ofNullable(events.get(name));
    }

    public Optional<TypeSymbol> type(Canonical name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The keyword events (callable unqualified from any module), by path. */
    public Map<String, EventSymbol> keywords() {
        return Collections.unmodifiableMap(keywords);
    }

    /**
     * The event {@code name} denotes when written in {@code from}: a qualified name names its
     * module's event; an unqualified one names {@code from}'s own event, else a keyword event.
     * Visibility is not checked here (that is KORU044's pass).
     */
    public Optional<EventSymbol> resolveEvent(Module from, QualifiedName name) {
        if (name.isQualified()) {
            return event(new Canonical(name.module().orElseThrow(), name.path()));
        }
        return event(new Canonical(from.name(), name.path())).or(() -> Optional.ofNullable(keywords.get(name.path())));
    }

    /** The {@code ~type} {@code name} denotes when written in {@code from} (own module unless qualified). */
    public Optional<TypeSymbol> resolveType(Module from, QualifiedName name) {
        String module = name.module().orElse(from.name());
        return type(new Canonical(module, name.path()));
    }
}
