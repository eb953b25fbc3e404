package koru.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import koru.extract.compile.JavacError;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Ty;

/**
 * Where a program first uses each host type ({@code *Handle}, LANGUAGE.md B1): in Java a host type is the class
 * of its name, which the program's Java imports must make known. javac's "cannot find symbol … class Handle"
 * in generated code, outside every proc body, is then the program's error (KORU204), not Koru/J's.
 */
final class HostTypeUses {
    /** javac's detail line naming the missing class. */
    private static final Pattern MISSING_CLASS = Pattern.compile("symbol:\\s+class\\s+([\\w.]+)");

    private final Map<String, Origin> firstUse = new LinkedHashMap<>();

    HostTypeUses(Program program) {
        program.types().forEach(type -> {
            if (type instanceof Program.TypeDecl.RecordType record) {
                record.fields().forEach(this::add);
            }
        });
        for (Program.Event event : program.events()) {
            event.inputs().forEach(this::add);
            for (Program.Branch branch : event.branches()) {
                switch (branch.payload()) {
                    case Program.Payload.None none -> { }
                    case Program.Payload.One one -> add(one.type(), branch.origin());
                    case Program.Payload.Fields fields -> fields.fields().forEach(this::add);
                }
            }
        }
    }

    /** The problem {@code error} is, if it is javac not finding the class of one of the program's host types. */
    Optional<BuildProblem.NoHostClass> noClass(JavacError error) {
        Matcher missing = MISSING_CLASS.matcher(error.message());
        if (!missing.find() || !firstUse.containsKey(missing.group(1))) {
            return Optional.empty();
        }
        String host = missing.group(1);
        return Optional.of(new BuildProblem.NoHostClass(firstUse.get(host), "no Java class `" + host + "` for the host type `*" + host + "`",
                host));
    }

    private void add(Field field) {
        add(field.type(), field.origin());
    }

    private void add(Ty type, Origin at) {
        switch (type) {
            case Ty.Host host -> firstUse.putIfAbsent(host.name(), at);
            case Ty.ListOf list -> add(list.element(), at);
            case Ty.SetOf set -> add(set.element(), at);
            case Ty.MapOf map -> {
                add(map.key(), at);
                add(map.value(), at);
            }
            default -> { }
        }
    }
}
