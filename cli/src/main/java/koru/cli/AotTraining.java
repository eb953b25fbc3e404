package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run that the {@code ./koru} launcher records a JDK 25 AOT cache from
 * ({@code -XX:AOTCacheOutput}). One JVM runs the commands users start most often, so the cache
 * holds the classes and profiles of all of them; their output and exit codes are discarded.
 * {@code verify} is among them: lowering, the kernel and the Z3 bindings are then loaded from the
 * cache too, twice on each file, so that both the proof cache's misses and its hits are trained (in a
 * temporary cache, deleted afterwards). Where Z3 cannot load, {@code verify} just reports that, and the
 * cache holds the rest.
 *
 * <p>Usage: {@code java -XX:AOTCacheOutput=koru.aot -cp koru-cli.jar koru.cli.AotTraining FILE...}
 */
public final class AotTraining {
    private AotTraining() {
    }

    public static void main(String[] files) throws IOException {
        Path proofs = Files.createTempDirectory("koru-aot-proofs");
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"--version"});
        commands.add(new String[] {"--help"});
        commands.add(new String[] {"explain", "KORU022"});
        for (String file : files) {
            commands.add(new String[] {"check", "--color", "always", file});
            commands.add(new String[] {"check", "--format", "json", file});
            commands.add(new String[] {"verify", "--cache", proofs.toString(), file});
            commands.add(new String[] {"verify", "--cache", proofs.toString(), file});
        }
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        for (String[] command : commands) {
            Koru.run(command, discard, discard);
        }
        try (Stream<Path> made = Files.walk(proofs)) {
            for (Path path : made.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
