package koru.extract.jar;

import java.nio.file.Path;

/**
 * A library generated code may use: where its classes are (a jar, or a directory of classes in a
 * build tree) and the package prefix, in class-file form ({@code io/vavr/}), that every one of its
 * classes has. A jar carries the library only when one of the program's classes names that prefix.
 */
public record Library(String packagePrefix, Path classes) {
    /** Whether any of {@code classFiles} refers to a class of this library. */
    public boolean usedBy(Iterable<byte[]> classFiles) {
        for (byte[] classFile : classFiles) {
            if (ConstantPoolNames.of(classFile).stream().anyMatch(text -> text.contains(packagePrefix))) {
                return true;
            }
        }
        return false;
    }
}
