package koru.extract.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import koru.extract.FrontEndParts;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Ty;

/**
 * The Java type of each Core IR type. Integers take the smallest Java primitive holding every value
 * of their kind: {@code i8}..{@code i64} their signed namesakes, {@code u8} and {@code u16}
 * {@code int}, {@code u32} {@code long}; {@code u64} is a {@code long} read as unsigned (the
 * generated comparisons, divisions and text conversions say so). Maps, sets and lists are Vavr's
 * persistent collections, so that {@code put} returns a new map and leaves the old one as it was.
 */
final class JavaTypes {
    static final ClassName MAP = ClassName.get("io.vavr.collection", "Map");
    static final ClassName HASH_MAP = ClassName.get("io.vavr.collection", "HashMap");
    static final ClassName SET = ClassName.get("io.vavr.collection", "Set");
    static final ClassName HASH_SET = ClassName.get("io.vavr.collection", "HashSet");
    static final ClassName LIST = ClassName.get("io.vavr.collection", "List");

    private final JavaNames names;
    /**
     * Host classes by simple name, where exactly one qualified class of that name is imported by some other
     * module; a class this module imports itself keeps its simple name, as the module's Java wrote it.
     */
    private final Map<String, ClassName> importedHostClasses;

    /** The types as the class of {@code module} writes them. */
    JavaTypes(JavaNames names, FrontEndParts parts, String module) {
        this.names = names;
        Set<String> ownImports = parts.hostImports().getOrDefault(module, List.of()).stream().map(JavaNames::importedSimpleName)
                .collect(Collectors.toSet());
        this.importedHostClasses = parts.hostImports().values().stream().flatMap(List::stream)
                .map(JavaNames::imported).filter(JavaTypes::namesOneClass).distinct()
                .collect(Collectors.groupingBy(JavaNames::simpleName)).entrySet().stream()
                .filter(named -> named.getValue().size() == 1 && !ownImports.contains(named.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, named -> ClassName.bestGuess(named.getValue().get(0))));
    }

    /** {@code a.b.C}, not {@code a.b.*} nor {@code static a.b.C.m}. */
    private static boolean namesOneClass(String imported) {
        return imported.matches("(?:[a-z_]\\w*\\.)+[A-Z]\\w*");
    }

    TypeName of(Ty type) {
        return switch (type) {
            case Ty.Int integer -> of(integer.kind());
            case Ty.Bool bool -> TypeName.BOOLEAN;
            case Ty.Text text -> ClassName.get(String.class);
            case Ty.Float real -> TypeName.DOUBLE;
            case Ty.ListOf list -> ParameterizedTypeName.get(LIST, of(list.element()).box());
            case Ty.MapOf map -> ParameterizedTypeName.get(MAP, of(map.key()).box(), of(map.value()).box());
            case Ty.SetOf set -> ParameterizedTypeName.get(SET, of(set.element()).box());
            case Ty.Record record -> names.type(record.name());
            case Ty.Enum enumeration -> names.type(enumeration.name());
            case Ty.Payload payload -> names.branch(payload.event(), payload.branch());
            // A host type is the class the Java imports name (`*Channel` of $std/rt is koru.runtime.rt.Channel in every
            // module that holds one); a name the module imports itself, or no import or several give, is left as written.
            case Ty.Host host -> importedHostClasses.getOrDefault(host.name(), ClassName.get("", host.name()));
        };
    }

    static TypeName of(IntKind kind) {
        return switch (kind) {
            case I8 -> TypeName.BYTE;
            case I16 -> TypeName.SHORT;
            case I32, U8, U16 -> TypeName.INT;
            case I64, U32, U64 -> TypeName.LONG;
        };
    }

    /** Whether values of {@code type} are {@code u64}: the one kind whose Java form needs unsigned operations. */
    static boolean unsigned64(Ty type) {
        return type instanceof Ty.Int integer && integer.kind() == IntKind.U64;
    }

    /** Whether Java's arithmetic on {@code type} widens to {@code int}, so that the result must be cast back. */
    static boolean narrowerThanInt(Ty type) {
        return type instanceof Ty.Int integer && (integer.kind() == IntKind.I8 || integer.kind() == IntKind.I16);
    }

    /** Whether Java compares values of {@code type} with {@code ==} rather than {@code equals}. */
    static boolean primitive(Ty type) {
        return type instanceof Ty.Int || type instanceof Ty.Bool || type instanceof Ty.Float || type instanceof Ty.Enum;
    }
}
