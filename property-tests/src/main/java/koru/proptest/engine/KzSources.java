package koru.proptest.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * The {@code .kz} files a discovery request selects: those under the {@code koru.test.paths} parameter,
 * and those of its file, directory and classpath-resource selectors (a directory: every {@code .kz}
 * under it, in path order), and of its unique-id selectors (an IDE's "run again": a whole file, or some
 * of its cases). Class and package selectors, which every Java test run sends, select none.
 */
final class KzSources {
    /** A {@code .kz} file to test: how it is shown, how the front end reads it, and where an IDE finds it. */
    interface KzSource {
        String name();

        /** The type of its segment in a unique id: a file and a classpath resource of one name are two sources. */
        String segment();

        /** The front end's reading of the file; an {@link IOException} if it cannot be read. */
        Elaboration elaborate(Elaborator elaborator) throws IOException;

        TestSource source();

        /** Where an IDE finds a line and column of it. */
        TestSource source(FilePosition position);
    }

    /** A file a request selects, and which of its cases: every one, or those unique-id selectors name (by their segments). */
    record Selected(KzSource source, Optional<Set<String>> only) {
    }

    private record KzFile(Path path) implements KzSource {
        static final String SEGMENT = "kz";

        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public String segment() {
            return SEGMENT;
        }

        @Override
        public TestSource source(FilePosition position) {
            return FileSource.from(path.toFile(), position);
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
        static final String SEGMENT = "kz-resource";

        @Override
        public String name() {
            return resource;
        }

        @Override
        public String segment() {
            return SEGMENT;
        }

        @Override
        public TestSource source(FilePosition position) {
            return ClasspathResourceSource.from(resource, position);
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

    static List<Selected> selected(EngineDiscoveryRequest request, List<Path> configured, UniqueId engine) {
        Set<KzSource> whole = new LinkedHashSet<>();
        configured.forEach(path -> whole.addAll(under(path)));
        request.getSelectorsByType(FileSelector.class).stream().map(FileSelector::getPath)
                .filter(KzSources::isKz).forEach(path -> whole.add(new KzFile(path)));
        request.getSelectorsByType(DirectorySelector.class).forEach(directory -> whole.addAll(under(directory.getPath())));
        request.getSelectorsByType(ClasspathResourceSelector.class).stream().map(ClasspathResourceSelector::getClasspathResourceName)
                .map(name -> name.startsWith("/") ? name.substring(1) : name)
                .filter(name -> name.endsWith(".kz")).forEach(name -> whole.add(new KzResource(name)));
        // An IDE reruns a file or one case by its unique id: [engine:koru]/[kz:path]/[case:title].
        Map<KzSource, Set<String>> cases = new LinkedHashMap<>();
        for (UniqueIdSelector selector : request.getSelectorsByType(UniqueIdSelector.class)) {
            List<UniqueId.Segment> segments = selector.getUniqueId().getSegments();
            if (!selector.getUniqueId().hasPrefix(engine) || segments.size() < 2) {
                continue;
            }
            UniqueId.Segment file = segments.get(1);
            Optional<KzSource> source = switch (file.getType()) {
                case KzFile.SEGMENT -> Optional.of(new KzFile(Path.of(file.getValue())));
                case KzResource.SEGMENT -> Optional.of(new KzResource(file.getValue()));
                default -> Optional.empty();
            };
            source.ifPresent(selected -> {
                if (segments.size() == 2) {
                    whole.add(selected);
                } else if (segments.get(2).getType().equals(KzCaseDescriptor.SEGMENT)) {
                    cases.computeIfAbsent(selected, s -> new LinkedHashSet<>()).add(segments.get(2).getValue());
                }
            });
        }
        List<Selected> selected = new ArrayList<>();
        whole.forEach(source -> selected.add(new Selected(source, Optional.empty())));
        cases.forEach((source, only) -> {
            if (!whole.contains(source)) {
                selected.add(new Selected(source, Optional.of(only)));
            }
        });
        return selected;
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
