package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The two GitHub Actions workflows of docs/CI.md are valid YAML and do what the page says: set up
 * JDK 25, cache the proof cache, verify with the three reports, upload SARIF, publish JUnit. (They
 * cannot be run on GitHub from here; this is the check that can.) Their {@code koru verify} arguments,
 * read from the page, are run by the real CLI on examples/ledger.kz: it accepts them and writes every
 * report they name, where the upload steps look for it.
 */
class CiWorkflowsTest {
    /** The shipped example the workflows' commands are run on (proven: exit 0). */
    private static final Path LEDGER = Path.of("..", "examples", "ledger.kz");

    /** What GitHub sets {@code $GITHUB_STEP_SUMMARY} to: a file of the runner's, outside the checkout. */
    private static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    @TempDir
    Path runner;
    private static List<Map<String, Object>> workflows() throws IOException {
        return DocBlocks.of("CI.md", "yaml").stream().map(text -> new Yaml().<Map<String, Object>>load(text)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow) {
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        Map<String, Object> verify = (Map<String, Object>) jobs.get("verify");
        return (List<Map<String, Object>>) verify.get("steps");
    }

    private static List<String> actions(Map<String, Object> workflow) {
        return steps(workflow).stream().map(step -> (String) step.get("uses")).filter(uses -> uses != null).toList();
    }

    private static String runCommands(Map<String, Object> workflow) {
        return String.join("\n", steps(workflow).stream().map(step -> (String) step.get("run")).filter(run -> run != null).toList());
    }

    @Test
    void bothWorkflowsParseAndUseTheSameActions() throws IOException {
        List<Map<String, Object>> workflows = workflows();
        assertEquals(2, workflows.size());
        for (Map<String, Object> workflow : workflows) {
            assertEquals(List.of("actions/checkout@v4", "actions/setup-java@v4", "actions/cache@v4",
                    "github/codeql-action/upload-sarif@v3", "mikepenz/action-junit-report@v5"), actions(workflow));
            assertEquals(Map.of("contents", "read", "security-events", "write", "checks", "write"), workflow.get("permissions"));
            Map<?, ?> setupJava = (Map<?, ?>) steps(workflow).get(1).get("with");
            assertEquals("25", setupJava.get("java-version"));
            Map<?, ?> cache = (Map<?, ?>) steps(workflow).get(2).get("with");
            assertEquals(".koru/cache", cache.get("path"));
        }
    }

    @Test
    void theLauncherWorkflowWritesTheThreeReportsAndLetsExit3PassWithAWarning() throws IOException {
        String run = runCommands(workflows().get(0));
        assertTrue(run.contains("./koru verify --report sarif=koru.sarif --report junit=koru-junit.xml \\\n"
                + "  --report md=\"$GITHUB_STEP_SUMMARY\" examples/*.kz"), run);
        assertTrue(run.contains("3) echo \"::warning title=Koru/J::"), run);
        assertTrue(run.contains("*) exit \"$code\" ;;"), run);
    }

    @Test
    void theMavenWorkflowPassesTheReportsToThePlugin() throws IOException {
        String run = runCommands(workflows().get(1));
        assertEquals("./mvnw -B verify -Dkoru.reports=junit=target/koru-reports/TEST-koru.xml,"
                + "sarif=target/koru-reports/koru.sarif,md=$GITHUB_STEP_SUMMARY\n", run);
    }

    @Test
    void theLauncherWorkflowsArgumentsAreAcceptedAndWriteTheReportsTheUploadsRead() throws Exception {
        Map<String, Object> workflow = workflows().get(0);
        Path checkout = Files.createDirectories(runner.resolve("checkout"));
        Files.copy(LEDGER, Files.createDirectories(checkout.resolve("examples")).resolve("ledger.kz"));
        Path summary = runner.resolve("step-summary.md");
        String koruVerify = runCommands(workflow).replace("\\\n", "").lines()
                .filter(line -> line.startsWith("./koru verify ")).findFirst().orElseThrow();
        List<String> words = ShellWords.of(koruVerify, Map.of(STEP_SUMMARY, summary.toString()), checkout);
        assertEquals(List.of("./koru", "verify", "--report", "sarif=koru.sarif", "--report", "junit=koru-junit.xml",
                "--report", "md=" + summary, "examples/ledger.kz"), words);

        List<String> command = new ArrayList<>(List.of(testJava().executable().toString()));
        command.addAll(KoruCommandLine.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KoruCommandLine.MAIN_CLASS));
        command.addAll(words.subList(1, words.size()));
        assertProvenWithReports(command, checkout, summary, "koru.sarif", "koru-junit.xml");
        assertUploadedReportsExist(workflow, checkout);
    }

    @Test
    void theMavenWorkflowsReportsAreAcceptedAndWrittenWhereTheUploadsReadThem() throws Exception {
        Map<String, Object> workflow = workflows().get(1);
        Path project = Files.createDirectories(runner.resolve("project"));
        Path entry = Files.createDirectories(project.resolve("src/main/koru")).resolve("ledger.kz");
        Files.copy(LEDGER, entry);
        Path summary = runner.resolve("step-summary.md");
        String property = "-Dkoru.reports=";
        String reports = ShellWords.of(runCommands(workflow).strip(), Map.of(STEP_SUMMARY, summary.toString()), project)
                .stream().filter(word -> word.startsWith(property)).findFirst().orElseThrow().substring(property.length());

        VerifyMojo verify = new VerifyMojo();
        verify.basedir = project.toFile();
        verify.reports = List.of(reports.split(",")); // as Maven turns a property into a List parameter
        KoruCommandLine commandLine = new KoruCommandLine(testJava(), classPath(), "verify", verify.verbOptions(),
                List.of(entry), project);
        assertProvenWithReports(commandLine.command(), project, summary, "target/koru-reports/koru.sarif",
                "target/koru-reports/TEST-koru.xml");
        assertUploadedReportsExist(workflow, project);
    }

    /** The JVM running the tests, a JDK 21+ (the build's toolchain), as the plugin would choose it. */
    private static ForkedJava testJava() throws Exception {
        return ChooseJava.choose(List.of(JavaCandidate.inHome("the tests' JVM", Path.of(System.getProperty("java.home")), true)));
    }

    /** The tests' class path, which has koru-cli and its runtime dependencies, as the plugin's has. */
    private static List<Path> classPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).map(Path::of).toList();
    }

    /** Runs {@code command} in {@code directory}: ledger.kz is proven, and the SARIF, JUnit and Markdown reports say so. */
    private static void assertProvenWithReports(List<String> command, Path directory, Path summary, String sarif, String junit)
            throws Exception {
        RecordingLog log = new RecordingLog();
        assertEquals(0, RunForked.run(command, directory, log), String.join("\n", log.lines));
        assertTrue(log.lines.stream().anyMatch(line -> line.matches("INFO verified .*ledger\\.kz: 10 proven, 0 failed, 0 unknown(; cache: .*)?")),
                String.join("\n", log.lines));
        assertTrue(Files.readString(directory.resolve(sarif)).contains("\"version\" : \"2.1.0\""));
        assertTrue(Files.readString(directory.resolve(junit))
                .contains("<testsuites name=\"koru verify\" tests=\"10\" failures=\"0\" errors=\"0\""));
        assertTrue(Files.readString(summary).startsWith("## koru verify: 10 proven, 0 failed, 0 unknown\n"));
    }

    /** Every file the upload steps name (the SARIF file, the JUnit paths without a wildcard) is in {@code directory}. */
    private static void assertUploadedReportsExist(Map<String, Object> workflow, Path directory) {
        List<String> uploaded = new ArrayList<>();
        for (Map<String, Object> step : steps(workflow)) {
            if (step.get("with") instanceof Map<?, ?> with) {
                if (with.get("sarif_file") instanceof String sarif) {
                    uploaded.add(sarif);
                }
                if (with.get("report_paths") instanceof String junit) {
                    junit.lines().filter(path -> !path.contains("*")).forEach(uploaded::add);
                }
            }
        }
        assertEquals(2, uploaded.size(), uploaded.toString());
        uploaded.forEach(file -> assertTrue(Files.isRegularFile(directory.resolve(file)), file + " was not written"));
    }
}
