package koru.extract.jar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import koru.extract.java.GeneratedClass;

/**
 * Writes a runnable jar: the manifest naming the main class, the compiled classes, the generated
 * sources beside them (so that a reader of the jar sees what runs), and every class of the
 * libraries the generated code uses. Entries carry a fixed time, so the same program gives the
 * same bytes.
 */
public final class WriteJar {
    /** 1980-02-01, the earliest time a zip entry holds exactly. */
    private static final long FIXED_TIME = 315_532_800_000L + 31L * 24 * 3600 * 1000;

    private WriteJar() {
    }

    public static void write(OutputStream target, String mainClass, Map<String, byte[]> classes, Iterable<GeneratedClass> sources,
            Iterable<Path> libraries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        manifest.getMainAttributes().putValue("Created-By", "Koru/J koru build");
        try (JarOutputStream jar = new JarOutputStream(target)) {
            put(jar, JarFile.MANIFEST_NAME, out -> manifest.write(out));
            for (Map.Entry<String, byte[]> compiled : new java.util.TreeMap<>(classes).entrySet()) {
                put(jar, compiled.getKey().replace('.', '/') + ".class", out -> out.write(compiled.getValue()));
            }
            for (GeneratedClass source : sources) {
                put(jar, source.path(), out -> out.write(source.source().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            for (Path library : libraries) {
                copyClasses(library, jar);
            }
        }
    }

    /** A library's own classes: not its module descriptor or versioned copies, which a class-path jar does not use. */
    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF/");
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void put(JarOutputStream jar, String name, Content content) throws IOException {
        JarEntry entry = new JarEntry(name);
        entry.setTime(FIXED_TIME);
        jar.putNextEntry(entry);
        content.writeTo(jar);
        jar.closeEntry();
    }

    /** The class files of a library, a jar or a directory of classes (as in a build tree). */
    private static void copyClasses(Path library, JarOutputStream jar) throws IOException {
        if (Files.isDirectory(library)) {
            try (Stream<Path> files = Files.walk(library)) {
                for (Path file : files.filter(f -> isClass(library.relativize(f).toString())).sorted().toList()) {
                    put(jar, library.relativize(file).toString().replace('\\', '/'), out -> Files.copy(file, out));
                }
            }
            return;
        }
        try (JarFile classes = new JarFile(library.toFile())) {
            for (ZipEntry entry : classes.stream().filter(e -> isClass(e.getName())).sorted(
                    java.util.Comparator.comparing(ZipEntry::getName)).toList()) {
                put(jar, entry.getName(), out -> {
                    try (InputStream in = classes.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                });
            }
        }
    }
}
