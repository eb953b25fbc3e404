package koru.kernel.ir;

import java.util.Optional;

/**
 * The types of Core IR values (LANGUAGE.md B1). Records and enumerations are named by their
 * canonical names; a host type is opaque and compared only by identity. Phantom states are not
 * types: they sit beside them on fields ({@link State}).
 */
public sealed interface Ty {
    Bool BOOL = new Bool();
    Text TEXT = new Text();
    Float FLOAT = new Float();

    /** The wider of two integer types of one signedness (B1's implicit widening); none for any other pair. */
    static Optional<Ty> wider(Ty left, Ty right) {
        return left instanceof Int l && right instanceof Int r && l.kind().signed() == r.kind().signed()
                ? Optional.of(l.kind().holds(r.kind()) ? left : right) : Optional.empty();
    }

    record Int(IntKind kind) implements Ty {
    }

    record Bool() implements Ty {
    }

    /** {@code []const u8}: immutable text. */
    record Text() implements Ty {
    }

    /** {@code f32} and {@code f64}: carried, never reasoned about (B1). */
    record Float() implements Ty {
    }

    record ListOf(Ty element) implements Ty {
    }

    /** A finite map; missing keys read as the value type's zero ({@code 0}, {@code false}, {@code ""}). */
    record MapOf(Ty key, Ty value) implements Ty {
    }

    record SetOf(Ty element) implements Ty {
    }

    /** A {@code ~type} record (capabilities included), by canonical name. */
    record Record(String name) implements Ty {
    }

    record Enum(String name) implements Ty {
    }

    /** The struct payload of one branch ({@code | err { line: u32, msg: str }}): its fields by name. */
    record Payload(String event, String branch) implements Ty {
    }

    /** A Java type: no structure, only identity. */
    record Host(String name) implements Ty {
    }
}
