package koru.elaborator.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a program's modules are found on disk: koru.json aliases, directories, flags, cycles. */
class LoadModulesTest {
    @TempDir
    Path project;

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private record Loaded(List<Module> modules, List<Diagnostic> diagnostics) {
        List<String> names() {
            return modules.stream().map(Module::name).toList();
        }

        List<String> errors() {
            return diagnostics.stream().map(d -> d.code() + " " + d.span().file().displayPath()
                    .replace('\\', '/').replaceAll(".*/", "") + ":" + d.span().line()).toList();
        }
    }

    private Loaded load(String entry, Set<String> flags) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<Module> modules = LoadModules.fromFile(project.resolve(entry), flags, diagnostics);
        return new Loaded(modules, diagnostics.sorted());
    }

    @Test
    void aliasesComeFromTheNearestKoruJsonAboveTheEntry() throws IOException {
        write("koru.json", "{\"paths\": {\"app\": \"src\", \"vendor\": \"third_party\"}}");
        write("src/main.kz", "~import \"$app/lib/math\"\n~import \"$vendor/json\"\n");
        write("src/lib/math.kz", "~pub event add { a: u32, b: u32 }\n| sum u32\n");
        write("third_party/json.kz", "~pub event parse { text: []const u8 }\n");

        Loaded loaded = load("src/main.kz", Set.of());

        assertEquals(List.of(), loaded.errors());
        assertEquals(List.of("main", "std.control", "app.lib.math", "vendor.json"), loaded.names());
    }

    @Test
    void aModuleIsEveryFileSharingTheBasenameContractFileFirst() throws IOException {
        write("koru.json", "{\"paths\": {\"app\": \".\"}}");
        write("main.kz", "~import \"$app/compute\"\n");
        write("compute.kz", "~compute = done x * 2\n");
        write("compute.k", "~pub event compute { x: u32 }\n| done u32\n");
        write("compute.kjava", "~proc compute|java(fast) {\n    return done(x << 1);\n}\n");

        Module compute = load("main.kz", Set.of()).modules().get(2);

        assertEquals("app.compute", compute.name());
        assertEquals(List.of(SourceUnit.Kind.CONTRACT, SourceUnit.Kind.PROGRAM, SourceUnit.Kind.VARIANTS),
                compute.units().stream().map(SourceUnit::kind).toList());
    }

    @Test
    void aDirectoryImportBringsEachFileAsItsOwnModule() throws IOException {
        write("koru.json", "{\"paths\": {\"app\": \".\"}}");
        write("main.kz", "~import \"$app/gfx\"\n");
        write("gfx/window.kz", "~pub event open {}\n");
        write("gfx/render.kz", "~pub event draw {}\n");
        write("gfx/notes.txt", "not Koru");

        Loaded loaded = load("main.kz", Set.of());

        assertEquals(List.of(), loaded.errors());
        assertEquals(List.of("main", "std.control", "app.gfx.render", "app.gfx.window"), loaded.names());
    }

    @Test
    void aConditionalImportIsKeptOnlyWithItsFlag() throws IOException {
        write("main.kz", "~[profile]import \"$std/profiler\"\n");

        assertEquals(List.of("main", "std.control"), load("main.kz", Set.of()).names());
        assertEquals(List.of("main", "std.control", "std.profiler"), load("main.kz", Set.of("profile")).names());
    }

    @Test
    void importingTheEntrysOwnDirectoryDoesNotLoadTheEntryAgain() throws IOException {
        write("koru.json", "{\"paths\": {\"app\": \".\"}}");
        write("src/main.kz", "~import \"$app/src\"\n~pub event run {}\n");
        write("src/helpers.kz", "~pub event help {}\n");

        assertEquals(List.of("main", "std.control", "app.src.helpers"), load("src/main.kz", Set.of()).names());
    }

    @Test
    void importCyclesLoadEachModuleOnce() throws IOException {
        write("koru.json", "{\"paths\": {\"app\": \".\"}}");
        write("main.kz", "~import \"$app/a\"\n");
        write("a.kz", "~import \"$app/b\"\n~pub event ping {}\n");
        write("b.kz", "~import \"$app/a\"\n~import \"$app/main\"\n~pub event pong {}\n");

        Loaded loaded = load("main.kz", Set.of());

        assertEquals(List.of(), loaded.errors());
        assertEquals(List.of("main", "std.control", "app.a", "app.b"), loaded.names());
    }

    @Test
    void aMissingModuleIsReportedAtTheImportPath() throws IOException {
        write("koru.json", "{\"paths\": {\"app\": \".\"}}");
        write("main.kz", "// imports\n~import \"$app/nowhere\"\n~import \"$std/nowhere\"\n");

        Loaded loaded = load("main.kz", Set.of());

        assertEquals(List.of("KORU002 main.kz:2", "KORU002 main.kz:3"), loaded.errors());
        Diagnostic first = loaded.diagnostics().getFirst();
        assertEquals("\"$app/nowhere\"", first.span().text());
        assertTrue(first.message().contains("$app/nowhere"), first.message());
    }

    @Test
    void pathsAreShownAsTheEntryWasGivenRelativeOrAbsolute() throws IOException {
        write("koru.json", "{\"paths\": {\"app\": \".\"}}");
        write("lib.kz", "~pub event ping { n: }\n");
        write("main.kz", "~import \"$app/lib\"\n");
        Path relative = Path.of("").toAbsolutePath().relativize(project.resolve("main.kz"));

        Diagnostics diagnostics = new Diagnostics();
        LoadModules.fromFile(relative, Set.of(), diagnostics);
        String shownRelative = diagnostics.sorted().getFirst().span().file().displayPath();
        Loaded absolute = load("main.kz", Set.of());
        String shownAbsolute = absolute.diagnostics().getFirst().span().file().displayPath();

        assertEquals(relative.getParent().resolve("lib.kz").normalize().toString(), shownRelative);
        assertEquals(project.resolve("lib.kz").toAbsolutePath().normalize().toString(), shownAbsolute);
    }

    @Test
    void aMalformedKoruJsonIsReportedInKoruJson() throws IOException {
        write("koru.json", "{\"paths\": {\"app\": .}}\n");
        write("main.kz", "~import \"$app/lib\"\n");

        Loaded loaded = load("main.kz", Set.of());

        assertEquals(List.of("KORU002 koru.json:1", "KORU002 main.kz:1"), loaded.errors());
    }

    @Test
    void aDeeplyNestedKoruJsonIsAnErrorNotACrash() throws IOException {
        write("koru.json", "[".repeat(100_000));
        write("main.kz", "~event run {}\n");

        assertEquals(List.of("KORU002 koru.json:1"), load("main.kz", Set.of()).errors());
    }

    @Test
    void koruJsonCannotRedefineStd() throws IOException {
        write("koru.json", "{\"paths\": {\"std\": \"mystd\"}}");
        write("main.kz", "~import \"$std/io\"\n");

        Loaded loaded = load("main.kz", Set.of());

        assertEquals(List.of("KORU002 koru.json:1"), loaded.errors());
        assertEquals(List.of("main", "std.control", "std.io"), loaded.names());
    }

    @Test
    void aProgramGivenAsTextResolvesOnlyStd() {
        Diagnostics diagnostics = new Diagnostics();
        SourceUnit unit = koru.elaborator.parse.ParseSource.parse(new koru.elaborator.source.SourceFile("t.kz",
                "~import \"$std/ledger\"\n~import \"$app/lib\"\n"), diagnostics);

        List<Module> modules = LoadModules.fromUnit("t", unit, Set.of(), diagnostics);

        assertEquals(List.of("t", "std.control", "std.ledger"), modules.stream().map(Module::name).toList());
        assertEquals(List.of("KORU002 at 2"), diagnostics.sorted().stream()
                .map(d -> d.code() + " at " + d.span().line()).toList());
    }
}
