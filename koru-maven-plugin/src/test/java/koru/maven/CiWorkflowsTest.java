package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The two GitHub Actions workflows of docs/CI.md are valid YAML and do what the page says: set up
 * JDK 25, cache the proof cache, verify with the three reports, upload SARIF, publish JUnit. (They
 * cannot be run on GitHub from here; this is the check that can.)
 */
class CiWorkflowsTest {
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
        assertEquals("./mvnw -B verify -Dkoru.reports=sarif=target/koru-reports/koru.sarif,"
                + "junit=target/koru-reports/koru-junit.xml,md=$GITHUB_STEP_SUMMARY\n", run);
    }
}
