package koru.elaborator.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import koru.elaborator.ast.Annotation;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.parse.ParseSource;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.SourceReader;
import koru.elaborator.source.Span;

/**
 * Loads a program's modules (LANGUAGE.md A1, A8; docs/language/modules.md): the entry module
 * (every file sharing the entry file's basename in its directory), {@code $std/control}, and
 * everything reachable through {@code ~import}, each module once (import cycles are allowed).
 * Aliases other than the built-in {@code $std} come from the nearest {@code koru.json} above
 * the entry file. Bad paths are KORU011; unknown aliases, missing modules and a malformed
 * {@code koru.json} are KORU002.
 */
public final class LoadModules {
    /** The extensions of the three source kinds, in the order a module's files are read after the entry. */
    private static final List<String> EXTENSIONS = List.of(".k", ".kz", ".kjava");
    private static final String CONFIG = "koru.json";

    private final Set<String> flags;
    /** Whether paths are shown relative to the working directory, as the entry file was given. */
    private boolean showRelative;
    private final Diagnostics diagnostics;
    private final Map<String, Module> loaded = new LinkedHashMap<>();
    private final Deque<Module> unvisited = new ArrayDeque<>();
    private Map<String, Path> aliases = Map.of();
    private Optional<Path> config = Optional.empty();
    private Optional<Path> entryFiles = Optional.empty();

    private LoadModules(Set<String> flags, Diagnostics diagnostics) {
        this.flags = Set.copyOf(flags);
        this.diagnostics = diagnostics;
    }

    /**
     * The modules of the program whose entry file is {@code entry}, entry module first. Failing
     * to read the entry module's own files is the caller's to report; an import that cannot be
     * read is KORU002.
     */
    public static List<Module> fromFile(Path entry, Set<String> flags, Diagnostics diagnostics) throws IOException {
        LoadModules loader = new LoadModules(flags, diagnostics);
        loader.showRelative = !entry.isAbsolute();
        Path file = entry.toAbsolutePath().normalize();
        Path directory = file.getParent();
        String basename = basenameOf(file.getFileName().toString());
        loader.entryFiles = Optional.of(directory.resolve(basename));
        loader.readConfig(directory);
        List<SourceUnit> units = new ArrayList<>();
        units.add(loader.parse(file));
        for (Path sibling : moduleFiles(directory, basename)) {
            if (!sibling.equals(file)) {
                units.add(loader.parse(sibling));
            }
        }
        return loader.loadFrom(new Module(basename, units, Module.Origin.ENTRY));
    }

    /** The modules of a program given as one parsed file: only {@code $std} imports resolve. */
    public static List<Module> fromUnit(String moduleName, SourceUnit entry, Set<String> flags, Diagnostics diagnostics) {
        return new LoadModules(flags, diagnostics).loadFrom(new Module(moduleName, List.of(entry), Module.Origin.ENTRY));
    }

    /** {@code app/orders.kz} and {@code app/orders.k} are both module {@code orders}. */
    public static String basenameOf(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private List<Module> loadFrom(Module entry) {
        add(entry);
        String control = StandardLibrary.moduleName(StandardLibrary.CONTROL);
        StandardLibrary.load(StandardLibrary.CONTROL, diagnostics)
                .ifPresent(unit -> add(new Module(control, List.of(unit), Module.Origin.STANDARD)));
        while (!unvisited.isEmpty()) {
            Module module = unvisited.removeFirst();
            module.items(Item.Import.class).filter(this::isKept).forEach(this::load);
        }
        return List.copyOf(loaded.values());
    }

    private void add(Module module) {
        loaded.put(module.name(), module);
        unvisited.addLast(module);
    }

    /** A conditional import is kept when every flag it names was given ({@code --flag profile}). */
    private boolean isKept(Item.Import imported) {
        return imported.annotations().stream().map(Annotation::name).allMatch(flags::contains);
    }

    private void load(Item.Import imported) {
        Optional<String> problem = ImportPath.problem(imported.path());
        if (problem.isPresent()) {
            diagnostics.report(Diagnostic.error(Code.KORU011, imported.pathSpan(), problem.get())
                    .withHint("write `$alias/module` or `$alias/directory/module`, e.g. `~import \"$std/io\"`"));
            return;
        }
        ImportPath path = ImportPath.parse(imported.path()).orElseThrow();
        if (loaded.containsKey(path.canonical())) {
            return;
        }
        if (path.alias().equals("std")) {
            loadStandard(path, imported.pathSpan());
            return;
        }
        Path root = aliases.get(path.alias());
        if (root == null) {
            diagnostics.report(Diagnostic.error(Code.KORU002, imported.pathSpan(), "unknown alias `$" + path.alias() + "`")
                    .withHint(config.map(c -> "add it to the \"paths\" of " + displayPathOf(c))
                            .orElse("declare it in a koru.json beside the entry file: {\"paths\": {\""
                                    + path.alias() + "\": \".\"}}")));
            return;
        }
        loadFromDisk(path, root.resolve(path.relative()).normalize(), imported.pathSpan());
    }

    private void loadStandard(ImportPath path, Span at) {
        Optional<SourceUnit> unit = StandardLibrary.load(path.relative(), diagnostics);
        if (unit.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.KORU002, at, "module not found: `$std/" + path.relative() + "`")
                    .withHint("the standard library has " + String.join(", ", StandardLibrary.MODULES.stream()
                            .map(name -> "`$std/" + name + "`").toList())));
            return;
        }
        add(new Module(path.canonical(), List.of(unit.get()), Module.Origin.STANDARD));
    }

    private void loadFromDisk(ImportPath path, Path target, Span at) {
        Path directory = target.getParent();
        String basename = target.getFileName().toString();
        List<Path> files = moduleFiles(directory, basename);
        boolean isDirectory = Files.isDirectory(target);
        if (files.isEmpty() && !isDirectory) {
            diagnostics.report(Diagnostic.error(Code.KORU002, at, "module not found: `" + "$" + path.alias() + "/"
                            + path.relative() + "`")
                    .withNote("looked for " + displayPathOf(target) + ".kz, .k, .kjava and the directory "
                            + displayPathOf(target))
                    .withHint("check the spelling, or the \"" + path.alias() + "\" entry of koru.json"));
            return;
        }
        if (!files.isEmpty()) {
            addFromDisk(path.canonical(), directory, basename, files, at);
        }
        if (isDirectory) {
            for (String member : basenamesIn(target)) {
                String name = path.canonical() + "." + member;
                if (!loaded.containsKey(name)) {
                    addFromDisk(name, target, member, moduleFiles(target, member), at);
                }
            }
        }
    }

    private void addFromDisk(String name, Path directory, String basename, List<Path> files, Span at) {
        if (entryFiles.equals(Optional.of(directory.resolve(basename)))) {
            return;
        }
        List<SourceUnit> units = new ArrayList<>();
        for (Path file : files) {
            try {
                units.add(parse(file));
            } catch (IOException | UncheckedIOException e) {
                diagnostics.report(Diagnostic.error(Code.KORU002, at, "cannot read " + displayPathOf(file) + ": "
                        + e.getMessage()).withHint("check that the file exists and is readable"));
                return;
            }
        }
        add(new Module(name, units, Module.Origin.IMPORTED));
    }

    private SourceUnit parse(Path file) throws IOException {
        SourceReader.Read read = SourceReader.read(file, displayPathOf(file));
        read.error().ifPresent(diagnostics::report);
        return ParseSource.parse(read.file(), diagnostics);
    }

    /** The module's existing files, in the order {@code .k}, {@code .kz}, {@code .kjava}. */
    private static List<Path> moduleFiles(Path directory, String basename) {
        if (directory == null) {
            return List.of();
        }
        return EXTENSIONS.stream().map(ext -> directory.resolve(basename + ext)).filter(Files::isRegularFile).toList();
    }

    /** The module names a directory holds: the basenames of its Koru source files, sorted. */
    private static Set<String> basenamesIn(Path directory) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> EXTENSIONS.stream().anyMatch(ext -> name.endsWith(ext)))
                    .map(LoadModules::basenameOf)
                    .forEach(names::add);
        } catch (IOException e) {
            return names;
        }
        return names;
    }

    /** Reads the nearest {@code koru.json} at or above {@code directory}; a malformed one is KORU002. */
    private void readConfig(Path directory) {
        for (Path at = directory; at != null; at = at.getParent()) {
            Path candidate = at.resolve(CONFIG);
            if (Files.isRegularFile(candidate)) {
                config = Optional.of(candidate);
                aliases = aliasesOf(candidate);
                return;
            }
        }
    }

    private Map<String, Path> aliasesOf(Path file) {
        SourceReader.Read read;
        try {
            read = SourceReader.read(file, displayPathOf(file));
        } catch (IOException e) {
            diagnostics.report(Diagnostic.error(Code.KORU002, new Span(new SourceFile(displayPathOf(file), ""), 0, 0),
                    "cannot read " + displayPathOf(file) + ": " + e.getMessage()).withHint("make koru.json readable"));
            return Map.of();
        }
        if (read.error().isPresent()) {
            diagnostics.report(read.error().get());
            return Map.of();
        }
        SourceFile source = read.file();
        try {
            Object document = JsonReader.read(source.text());
            return aliasesOf(document, file.getParent(), source);
        } catch (JsonReader.Malformed e) {
            int at = Math.min(e.offset, source.text().length());
            diagnostics.report(Diagnostic.error(Code.KORU002, new Span(source, at, Math.min(at + 1, source.text().length())),
                            "koru.json is not valid JSON: " + e.getMessage())
                    .withHint("koru.json is an object such as {\"paths\": {\"app\": \".\"}}"));
            return Map.of();
        }
    }

    private Map<String, Path> aliasesOf(Object document, Path base, SourceFile source) {
        Span whole = new Span(source, 0, source.text().length());
        if (!(document instanceof Map<?, ?> members)) {
            report(whole, "koru.json must be a JSON object");
            return Map.of();
        }
        Object paths = members.get("paths");
        if (paths == null) {
            return Map.of();
        }
        if (!(paths instanceof Map<?, ?> entries)) {
            report(whole, "\"paths\" in koru.json must be an object of alias names to directories");
            return Map.of();
        }
        Map<String, Path> result = new LinkedHashMap<>();
        entries.forEach((alias, directory) -> {
            if (!(directory instanceof String relative)) {
                report(whole, "the alias \"" + alias + "\" in koru.json must map to a directory given as a string");
            } else if (alias.equals("std")) {
                report(whole, "\"std\" is built in and cannot be redefined in koru.json");
            } else if (!ImportPath.problem("$" + alias + "/m").isEmpty()) {
                report(whole, "\"" + alias + "\" in koru.json is not an alias name (letters, digits and `_`)");
            } else {
                result.put((String) alias, base.resolve(relative).normalize());
            }
        });
        return result;
    }

    private void report(Span at, String message) {
        diagnostics.report(Diagnostic.error(Code.KORU002, at, message)
                .withHint("koru.json is an object such as {\"paths\": {\"app\": \".\"}}"));
    }

    /** The path as the user should see it: relative to the working directory when below it. */
    /**
     * A path as the user would write it, the way compilers show paths: relative to the working
     * directory when the entry file was given relative ({@code ../lib/x.kz}), else absolute. The
     * loader works on absolute paths; this is only for what it shows.
     */
    private String displayPathOf(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = showRelative ? Path.of("").toAbsolutePath().relativize(absolute) : absolute;
        return shown.toString().isEmpty() ? path.toString() : shown.toString();
    }
}
