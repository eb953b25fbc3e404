package koru.elaborator.check;

import java.util.Optional;
import java.util.stream.Stream;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Phantom;
import koru.elaborator.ast.TypeRef;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.ImportPath;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;

/**
 * Checks that a phantom state's module qualifier ({@code *File[fs:open]}) names the declaring
 * module itself or a module it imports and that was loaded (LANGUAGE.md A7); otherwise KORU040.
 */
public final class CheckStateQualifiers {
    private CheckStateQualifiers() {
    }

    public static void run(Program program, Diagnostics diagnostics) {
        for (Module module : program.modules()) {
            typesOf(module).flatMap(type -> PhantomStates.of(type).stream())
                    .flatMap(phantom -> PhantomStates.statesOf(phantom).stream())
                    .forEach(state -> check(program, module, state, diagnostics));
        }
    }

    private static Stream<TypeRef> typesOf(Module module) {
        Stream<TypeRef> events = module.items(Item.Event.class).flatMap(event -> Stream.concat(
                event.inputs().stream().map(Field::type),
                event.branches().stream().flatMap(CheckStateQualifiers::payloadTypes)));
        Stream<TypeRef> records = module.items(Item.Type.class)
                .flatMap(type -> type.body() instanceof Item.TypeBody.Record record
                        ? record.fields().stream().map(Field::type) : Stream.empty());
        return Stream.concat(events, records);
    }

    private static Stream<TypeRef> payloadTypes(BranchDecl branch) {
        return switch (branch.payload()) {
            case Payload.None none -> Stream.empty();
            case Payload.Identity identity -> Stream.of(identity.type());
            case Payload.Struct struct -> struct.fields().stream().map(Field::type);
        };
    }

    private static void check(Program program, Module module, Phantom.State state, Diagnostics diagnostics) {
        Optional<String> qualifier = state.module();
        if (qualifier.isEmpty() || qualifier.get().equals(module.name())) {
            return;
        }
        String name = qualifier.get();
        if (imports(module, name) && program.module(name).isPresent()) {
            return;
        }
        diagnostics.report(Diagnostic.error(Code.KORU040, state.span(),
                        "unknown module `" + name + "` in phantom state `" + name + ":" + state.name() + "`")
                .withHint(importHint(name) + ", or write `" + state.name() + "` unqualified for a state of `"
                        + module.name() + "` itself"));
    }

    /** {@code std.fs} is imported as {@code "$std/fs"}; a name with no alias part cannot be imported as written. */
    private static String importHint(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? "qualify the state with the canonical name of an imported module, such as `std.fs:`"
                : "import the module: `~import \"$" + name.substring(0, dot) + "/" + name.substring(dot + 1).replace('.', '/') + "\"`";
    }

    /** Whether one of {@code module}'s imports brings {@code name}, directly or as a file of an imported directory. */
    private static boolean imports(Module module, String name) {
        return module.items(Item.Import.class)
                .flatMap(imported -> ImportPath.parse(imported.path()).stream())
                .map(ImportPath::canonical)
                .anyMatch(canonical -> name.equals(canonical) || name.startsWith(canonical + "."));
    }
}
