package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verify goal's CLI options; the default reports as Maven injects them are the integration tests' (src/it). */
class VerifyMojoTest {
    @TempDir
    Path project;

    private VerifyMojo verifyWith(List<String> reports) {
        VerifyMojo verify = new VerifyMojo();
        verify.basedir = project.toFile();
        verify.reports = reports;
        return verify;
    }

    @Test
    void theDefaultReportsAreJUnitAndSarifInTheBuildDirectorysKoruReports() throws Exception {
        Path target = project.resolve("target");
        // What Maven injects: the default with ${project.build.directory} interpolated, split at commas.
        List<String> injected = List.of(VerifyMojo.DEFAULT_REPORTS.replace("${project.build.directory}", target.toString()).split(","));
        Path reports = target.resolve("koru-reports");
        assertEquals(List.of("--report", "junit=" + reports.resolve("TEST-koru.xml"), "--report", "sarif=" + reports.resolve("koru.sarif")),
                verifyWith(injected).verbOptions());
        assertTrue(Files.isDirectory(reports));
    }

    @Test
    void configuredReportsReplaceTheDefaultOnesAndAnEmptyListWritesNone() throws Exception {
        VerifyMojo verify = verifyWith(List.of("md=proofs.md"));
        verify.jobs = 2;
        assertEquals(List.of("--jobs", "2", "--report", "md=" + project.resolve("proofs.md")), verify.verbOptions());
        verify.reports = List.of();
        assertEquals(List.of("--jobs", "2"), verify.verbOptions());
        assertFalse(Files.exists(project.resolve("target")), "no report, no report directory");
    }
}
