package koru.extract.compile;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import koru.extract.java.GeneratedClass;

/**
 * Compiles generated sources with the running JDK's javac, sources read from and class files
 * written to memory: nothing touches the disk until the jar is written.
 */
public final class CompileInMemory {
    private CompileInMemory() {
    }

    /** What javac made of the sources: every class file by binary name, or its errors (and no classes). */
    public sealed interface Result {
        record Compiled(Map<String, byte[]> classes) implements Result {
            public Compiled {
                classes = Map.copyOf(classes);
            }
        }

        record Failed(List<JavacError> errors) implements Result {
            public Failed {
                errors = List.copyOf(errors);
            }
        }
    }

    /** Compiles {@code sources} for Java 21 against {@code classPath}. */
    public static Result compile(List<GeneratedClass> sources, List<Path> classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("koru build needs a JDK (this Java runtime has no javac): "
                    + System.getProperty("java.home"));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
        List<String> options = List.of("--release", "21", "-proc:none", "-classpath",
                String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        List<JavaFileObject> units = sources.stream().map(source -> (JavaFileObject) new Source(source)).toList();
        boolean compiled = javac.getTask(null, new ClassesInMemory(standard, classes), diagnostics, options, null, units).call();
        if (!compiled) {
            List<JavacError> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    String path = d.getSource() == null ? "" : ((Source) d.getSource()).generated.path();
                    errors.add(new JavacError(path, d.getLineNumber(), d.getColumnNumber(), d.getMessage(java.util.Locale.ROOT)));
                }
            }
            return new Result.Failed(errors);
        }
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
        return new Result.Compiled(bytes);
    }

    private static final class Source extends SimpleJavaFileObject {
        private final GeneratedClass generated;

        Source(GeneratedClass generated) {
            super(URI.create("string:///" + generated.path()), Kind.SOURCE);
            this.generated = generated;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return generated.source();
        }
    }

    /** Keeps every class file javac writes in {@code classes}, by binary name. */
    private static final class ClassesInMemory extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes;

        ClassesInMemory(JavaFileManager files, Map<String, ByteArrayOutputStream> classes) {
            super(files);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    classes.put(className, out);
                    return out;
                }
            };
        }
    }
}
