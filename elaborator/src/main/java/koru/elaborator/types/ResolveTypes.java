package koru.elaborator.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.ast.TypeRef;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.resolve.TypeSymbol;

/**
 * Resolves every type written in an event's inputs, a branch payload or a record field to a
 * {@link Type} (LANGUAGE.md B1, D "Names, scope, types"). An unknown lower-case name, a wrong
 * number of type arguments, or a {@code Map} whose values are not integers, {@code bool} or text
 * is KORU014; {@code mod:T} naming a loaded module without that type is KORU040.
 */
public final class ResolveTypes {
    private final Program program;
    private final Diagnostics diagnostics;
    private final IdentityHashMap<TypeRef, Type> types = new IdentityHashMap<>();
    private final IdentityHashMap<TypeRef, koru.elaborator.ast.Phantom> states = new IdentityHashMap<>();

    private ResolveTypes(Program program, Diagnostics diagnostics) {
        this.program = program;
        this.diagnostics = diagnostics;
    }

    public static TypeTable resolve(Program program, Diagnostics diagnostics) {
        ResolveTypes pass = new ResolveTypes(program, diagnostics);
        for (Module module : program.modules()) {
            module.items(Item.Event.class).forEach(event -> pass.resolveEvent(module, event));
            module.items(Item.Type.class).forEach(type -> pass.resolveRecord(module, type));
        }
        return new TypeTable(pass.types, pass.states);
    }

    private void resolveEvent(Module module, Item.Event event) {
        event.inputs().forEach(field -> resolveField(module, field));
        for (BranchDecl branch : event.branches()) {
            switch (branch.payload()) {
                case Payload.None none -> { }
                case Payload.Identity identity -> resolve(module, identity.type());
                case Payload.Struct struct -> struct.fields().forEach(field -> resolveField(module, field));
            }
        }
    }

    private void resolveRecord(Module module, Item.Type type) {
        if (type.body() instanceof Item.TypeBody.Record record) {
            record.fields().forEach(field -> resolveField(module, field));
        }
    }

    private void resolveField(Module module, Field field) {
        resolve(module, field.type());
    }

    private Type resolve(Module module, TypeRef ref) {
        Type type = switch (ref) {
            case TypeRef.Stated stated -> {
                states.put(ref, stated.state());
                yield resolve(module, stated.base());
            }
            case TypeRef.Pointer pointer -> host(pointer);
            case TypeRef.Slice slice -> slice(module, slice);
            case TypeRef.Named named -> named(module, named);
        };
        types.put(ref, type);
        return type;
    }

    private Type host(TypeRef.Pointer pointer) {
        if (pointer.target() instanceof TypeRef.Named named) {
            named.arguments().forEach(argument -> types.put(argument, Type.UNKNOWN));
            return new Type.Host(named.span().text());
        }
        diagnostics.report(Diagnostic.error(Code.KORU014, pointer.span(), "`" + pointer.span().text() + "` is not a host type")
                .withHint("`*` marks a reference to a Java object: write `*` before a host type name such as `*BufferedReader`"));
        return Type.UNKNOWN;
    }

    private Type slice(Module module, TypeRef.Slice slice) {
        Type element = resolve(module, slice.element());
        if (slice.constant() && element instanceof Type.Int integer && integer.kind() == IntKind.U8) {
            return Type.TEXT;
        }
        return element instanceof Type.Unknown ? Type.UNKNOWN : new Type.ListOf(element);
    }

    private Type named(Module module, TypeRef.Named named) {
        QualifiedName name = named.name();
        List<Type> arguments = named.arguments().stream().map(argument -> resolve(module, argument)).toList();
        if (name.isQualified()) {
            return declared(module, named);
        }
        Optional<Type> builtIn = builtIn(name.path());
        if (builtIn.isPresent()) {
            return arity(named, 0) ? builtIn.get() : Type.UNKNOWN;
        }
        return switch (name.path()) {
            case "Map" -> arity(named, 2) ? map(named, arguments) : Type.UNKNOWN;
            case "Set" -> arity(named, 1) ? set(arguments.get(0)) : Type.UNKNOWN;
            default -> declared(module, named);
        };
    }

    private static Optional<Type> builtIn(String name) {
        return switch (name) {
            case "bool" -> Optional.of(Type.BOOL);
            case "f32" -> Optional.of(new Type.F32());
            case "f64" -> Optional.of(new Type.F64());
            case "str" -> Optional.of(Type.TEXT);
            default -> IntKind.named(name).map(Type::integer);
        };
    }

    private Type map(TypeRef.Named named, List<Type> arguments) {
        Type value = arguments.get(1);
        boolean readsAsZero = value instanceof Type.Int || value instanceof Type.Bool || value instanceof Type.Text
                || value instanceof Type.Unknown;
        if (!readsAsZero) {
            diagnostics.report(Diagnostic.error(Code.KORU014, named.arguments().get(1).span(),
                            "a `Map`'s values must be integers, `bool` or text, not `" + value.display() + "`")
                    .withHint("missing keys of a `Map` read as 0, `false` or \"\"; keep records in a `[]T` or key them by a field"));
            return Type.UNKNOWN;
        }
        Type key = arguments.get(0);
        return key instanceof Type.Unknown || value instanceof Type.Unknown ? Type.UNKNOWN : new Type.MapOf(key, value);
    }

    private static Type set(Type element) {
        return element instanceof Type.Unknown ? Type.UNKNOWN : new Type.SetOf(element);
    }

    private boolean arity(TypeRef.Named named, int expected) {
        if (named.arguments().size() == expected) {
            return true;
        }
        String name = named.name().path();
        String wanted = switch (expected) {
            case 0 -> "takes no type arguments";
            case 1 -> "takes one type argument: `" + name + "<T>`";
            default -> "takes two type arguments: `" + name + "<K, V>`";
        };
        diagnostics.report(Diagnostic.error(Code.KORU014, named.span(),
                        "`" + name + "` " + wanted + ", but " + named.arguments().size() + " are given")
                .withHint(expected == 0 ? "write `" + name + "` alone" : "write `" + (expected == 1 ? "Set<Right>" : "Map<u64, u64>") + "`-style arguments"));
        return false;
    }

    /** A {@code ~type} of this or another module, else a host type (upper-case), else KORU014/KORU040. */
    private Type declared(Module module, TypeRef.Named named) {
        QualifiedName name = named.name();
        Optional<TypeSymbol> symbol = program.resolveType(module, name);
        if (symbol.isPresent()) {
            if (!named.arguments().isEmpty()) {
                arity(named, 0);
                return Type.UNKNOWN;
            }
            return symbol.get().decl().body() instanceof Item.TypeBody.Enum
                    ? new Type.Enum(symbol.get())
                    : new Type.Record(symbol.get());
        }
        if (name.isQualified()) {
            String owner = name.module().orElseThrow();
            if (program.module(owner).isPresent()) {
                diagnostics.report(Diagnostic.error(Code.KORU040, name.span(), "module `" + owner + "` declares no type `" + name.path() + "`")
                        .withHint(typesOf(owner)));
            }
            return Type.UNKNOWN;
        }
        if (Character.isUpperCase(name.path().charAt(0))) {
            return new Type.Host(named.span().text());
        }
        diagnostics.report(Diagnostic.error(Code.KORU014, name.span(), "unknown type `" + name.path() + "`")
                .withHint("use a built-in type (`u64`, `i32`, `bool`, `[]const u8`, `Map<K, V>`, `Set<T>` …), declare `~type "
                        + name.path() + " { … }`, or name a Java type (upper-case, or `*`-prefixed)"));
        return Type.UNKNOWN;
    }

    private String typesOf(String module) {
        String declared = program.types().stream().filter(t -> t.name().module().equals(module))
                .map(t -> "`" + module + ":" + t.name().path() + "`").collect(Collectors.joining(", "));
        return declared.isEmpty() ? "module `" + module + "` declares no `~type`s" : "its types are " + declared;
    }
}
