package koru.extract.java;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import koru.extract.FrontEndParts;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.TypeDecl;

/**
 * The Java name of everything a program declares. A module {@code std.io} is the class
 * {@code koru.app.StdIo}; its types and events are nested in it: type {@code Bank} as {@code Bank},
 * event {@code open_bank} as the interface {@code OpenBank}, branch {@code opened} as the record
 * {@code OpenBank.Opened} (with the suffix {@code Branch} where it would be named like a type enclosing it,
 * or like the interface's record {@code Input}). Values keep their Koru names (proc bodies use them), with {@code _}
 * appended to a Java keyword. Where two nested names meet, or an event's interface would hide a class
 * its module's Java imports name ({@code $std/rt}'s {@code channel} and {@code koru.runtime.rt.Channel}),
 * the event's interface takes the suffix {@code Event}, and a module class named like one of its members or like a class its Java imports
 * name ({@code files.kz} importing {@code java.nio.file.Files}) the suffix {@code Module}.
 */
public final class JavaNames {
    public static final String PACKAGE = "koru.app";
    /** The record of an event's inputs, nested in the event's interface. */
    public static final String INPUT = "Input";

    private final Map<String, ClassName> modules = new HashMap<>();
    private final Map<String, ClassName> types = new HashMap<>();
    private final Map<String, ClassName> events = new HashMap<>();

    public JavaNames(Program program, FrontEndParts parts) {
        String entryModule = parts.entryModule();
        Map<String, Set<String>> typeNames = new HashMap<>();
        program.types().forEach(type -> typeNames.computeIfAbsent(moduleOf(type.name()), m -> new HashSet<>())
                .add(typeName(pathOf(type.name()))));
        Map<String, String> eventNames = new HashMap<>();
        Map<String, Set<String>> nested = new HashMap<>();
        typeNames.forEach((module, names) -> nested.computeIfAbsent(module, m -> new HashSet<>()).addAll(names));
        for (Event event : program.events()) {
            String module = moduleOf(event.name());
            String name = typeName(pathOf(event.name()));
            // A nested interface named like an imported class would hide it from the module's own code.
            boolean clashes = typeNames.getOrDefault(module, Set.of()).contains(name) || name.equals(INPUT)
                    || parts.hostImports().getOrDefault(module, List.of()).stream().map(JavaNames::importedSimpleName).anyMatch(name::equals);
            String unclashed = clashes ? name + "Event" : name;
            eventNames.put(event.name(), unclashed);
            nested.computeIfAbsent(module, m -> new HashSet<>()).add(unclashed);
        }
        nested.computeIfAbsent(entryModule, m -> new HashSet<>());
        for (String module : modulesOf(program, entryModule)) {
            String name = typeName(module);
            boolean clashes = nested.get(module).contains(name) || parts.hostImports().getOrDefault(module, List.of()).stream()
                    .map(JavaNames::importedSimpleName).anyMatch(name::equals);
            modules.put(module, ClassName.get(PACKAGE, clashes ? name + "Module" : name));
        }
        program.types().forEach(type -> types.put(type.name(), moduleClass(moduleOf(type.name())).nestedClass(typeName(pathOf(type.name())))));
        eventNames.forEach((event, name) -> events.put(event, moduleClass(moduleOf(event)).nestedClass(name)));
    }

    public ClassName moduleClass(String module) {
        return known(modules, module, "module");
    }

    /** The record or enum of the {@code ~type} of canonical name {@code name}. */
    public ClassName type(String name) {
        return known(types, name, "type");
    }

    /** The sealed interface of an event (for a void event: the interface of its input and implementation). */
    public ClassName event(String name) {
        return known(events, name, "event");
    }

    /**
     * The record of one branch, nested in its event's interface. Java lets no member type share a name with a type that
     * encloses it, nor with its sibling {@link #INPUT}: {@code ~event split | split u64}'s branch is {@code Split.SplitBranch}.
     */
    public ClassName branch(String event, String branch) {
        ClassName interfaceName = event(event);
        String name = typeName(branch);
        boolean clashes = name.equals(interfaceName.simpleName()) || name.equals(interfaceName.enclosingClassName().simpleName())
                || name.equals(INPUT);
        return interfaceName.nestedClass(clashes ? name + "Branch" : name);
    }

    /** The static method implementing an event, and called for it: the event's own name. */
    public static String method(String event) {
        return identifier(pathOf(event));
    }

    /**
     * Whether {@code event} has a branch of its own name ({@code ~event split | split u64}): the branch's factory,
     * which proc bodies call, then holds the name the event's implementation method would have ({@code Implementations}).
     */
    public static boolean hasBranchNamedLikeIt(Event event) {
        return event.branches().stream().anyMatch(branch -> identifier(branch.name()).equals(method(event.name())));
    }

    /** A Koru value name as a Java identifier: the same name, {@code _} appended to a keyword, dots as {@code _}. */
    public static String identifier(String name) {
        String plain = name.replace('.', '_');
        return SourceVersion.isKeyword(plain) ? plain + "_" : plain;
    }

    /** {@code open_bank} and {@code std.io} as {@code OpenBank} and {@code StdIo}. */
    static String typeName(String name) {
        StringBuilder java = new StringBuilder();
        for (String part : name.split("[._\\-]")) {
            if (!part.isEmpty()) {
                java.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return java.isEmpty() ? "_" : java.toString();
    }

    /** What a host {@code import a.b.C;} line imports, {@code a.b.C}: the line is stripped and starts with {@code import} (FrontEndParts). */
    static String imported(String importLine) {
        String line = importLine.strip();
        return line.substring("import".length(), line.endsWith(";") ? line.length() - 1 : line.length()).strip();
    }

    /** The class a host {@code import a.b.C;} line names, by its simple name {@code C}. */
    static String importedSimpleName(String importLine) {
        return simpleName(imported(importLine));
    }

    /** {@code C} of {@code a.b.C}. */
    static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    public static String moduleOf(String canonical) {
        return canonical.substring(0, canonical.indexOf(':'));
    }

    public static String pathOf(String canonical) {
        return canonical.substring(canonical.indexOf(':') + 1);
    }

    private static ClassName known(Map<String, ClassName> names, String name, String kind) {
        ClassName java = names.get(name);
        if (java == null) {
            throw new IllegalArgumentException("no " + kind + " " + name + " in the program");
        }
        return java;
    }

    /** The modules that declare anything, in the order of their first declaration, and the entry module (whose flows run). */
    public static List<String> modulesOf(Program program, String entryModule) {
        return Stream.concat(Stream.concat(program.types().stream().map(TypeDecl::name), program.events().stream().map(Event::name))
                .map(JavaNames::moduleOf), Stream.of(entryModule)).distinct().toList();
    }
}
