package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KoruCommandLineTest {
    private final ForkedJava java = new ForkedJava(Path.of("/jdk/bin/java"), new JdkRelease(25, "25.0.3"), "JAVA_HOME");

    @Test
    void runsTheCliMainWithNativeAccessNoColourAndTheFilesRelativeToTheProject() {
        Path project = Path.of("/work/shop").toAbsolutePath();
        KoruCommandLine commandLine = new KoruCommandLine(java, List.of(Path.of("/m2/koru-cli.jar"), Path.of("/m2/z3.jar")),
                "verify", List.of("--jobs", "2"),
                List.of(project.resolve("src/main/koru/shop.kz"), Path.of("/elsewhere/app.kz").toAbsolutePath()), project);
        assertEquals(List.of("/jdk/bin/java", "--enable-native-access=ALL-UNNAMED", "-Xss16m",
                "-cp", "/m2/koru-cli.jar" + File.pathSeparator + "/m2/z3.jar", "koru.cli.Main",
                "verify", "--color", "never", "--jobs", "2",
                Path.of("src/main/koru/shop.kz").toString(), Path.of("/elsewhere/app.kz").toAbsolutePath().toString()),
                commandLine.command());
    }
}
