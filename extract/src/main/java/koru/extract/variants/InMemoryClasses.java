package koru.extract.variants;

import java.util.Map;

/** Defines the classes of one build from their class files in memory; everything else comes from the parent. */
final class InMemoryClasses extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    InMemoryClasses(Map<String, byte[]> classes, ClassLoader parent) {
        super("koru-program", parent);
        this.classes = Map.copyOf(classes);
    }

    /** The class of the build named {@code name} (a binary name), initialised. */
    Class<?> load(String name) {
        try {
            return Class.forName(name, true, this);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the build has no class " + name, e);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
