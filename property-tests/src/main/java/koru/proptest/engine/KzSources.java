package koru.proptest.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * The {@code .kz} files a discovery request selects: those under the {@code koru.test.paths} parameter,
 * and those of its file, directory and classpath-resource selectors (a directory: every {@code .kz}
 * under it, in path order). Class and package selectors, which every Java test run sends, select none.
 */
final class KzSources {
    /** A {@code .kz} file to test: how it is shown, how the front end reads it, and where an IDE finds it. */
    interface KzSource {
        String name();

        /** The front end's reading of the file; an {@link IOException} if it cannot be read. */
        Elaboration elaborate(Elaborator elaborator) throws IOException;

        TestSource source();
    }

    private record KzFile(Path path) implements KzSource {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public Elaboration elaborate(Elaborator elaborator) throws IOException {
            return elaborator.elaborate(path);
        }

        @Override
        public TestSource source() {
            return FileSource.from(path.toFile());
        }
    }

    private record KzResource(String resource) implements KzSource {
        @Override
        public String name() {
            return resource;
        }

        @Override
        public Elaboration elaborate(Elaborator elaborator) throws IOException {
            try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no classpath resource " + resource);
                }
                return elaborator.elaborateBytes(resource, in.readAllBytes());
            }
        }

        @Override
        public TestSource source() {
            return ClasspathResourceSource.from(resource);
        }
    }

    private KzSources() {
    }

    static List<KzSource> selected(EngineDiscoveryRequest request, List<Path> configured) {
        Set<KzSource> sources = new LinkedHashSet<>();
        configured.forEach(path -> sources.addAll(under(path)));
        request.getSelectorsByType(FileSelector.class).stream().map(FileSelector::getPath)
                .filter(KzSources::isKz).forEach(path -> sources.add(new KzFile(path)));
        request.getSelectorsByType(DirectorySelector.class).forEach(directory -> sources.addAll(under(directory.getPath())));
        request.getSelectorsByType(ClasspathResourceSelector.class).stream().map(ClasspathResourceSelector::getClasspathResourceName)
                .map(name -> name.startsWith("/") ? name.substring(1) : name)
                .filter(name -> name.endsWith(".kz")).forEach(name -> sources.add(new KzResource(name)));
        return new ArrayList<>(sources);
    }

    /** {@code path} if it is a {@code .kz} file; every {@code .kz} file under it if it is a directory. */
    private static List<KzSource> under(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(new KzFile(path));
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(KzSources::isKz).sorted().<KzSource>map(KzFile::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the .kz files under " + path, e);
        }
    }

    private static boolean isKz(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".kz");
    }
}
