package koru.extract.jar;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text constants of a class file's constant pool (JVMS 4.4): class names, descriptors, member
 * names and string literals, as {@code CONSTANT_Utf8} entries hold them. Every class a class file
 * refers to is named there ({@code io/vavr/collection/List}, {@code Lio/vavr/collection/Map;}), so
 * these strings say which libraries the class needs. Reading stops at the end of the pool; nothing
 * after it is parsed.
 */
public final class ConstantPoolNames {
    private static final int MAGIC = 0xCAFEBABE;

    private ConstantPoolNames() {
    }

    public static List<String> of(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a class file: it does not start with 0xCAFEBABE");
            }
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            List<String> texts = new ArrayList<>();
            // Entries are numbered 1 to count - 1; a long or a double takes two numbers (JVMS 4.4.5).
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts.add(in.readUTF()); // Utf8: a two-byte length, then modified UTF-8, which readUTF reads
                    case 3, 4 -> in.skipNBytes(4); // Integer, Float
                    case 5, 6 -> {
                        in.skipNBytes(8); // Long, Double
                        index++;
                    }
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2); // Class, String, MethodType, Module, Package
                    case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Fieldref, Methodref, InterfaceMethodref, NameAndType, Dynamic, InvokeDynamic
                    case 15 -> in.skipNBytes(3); // MethodHandle
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag + " at entry " + index);
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("a truncated class file", e);
        }
    }
}
