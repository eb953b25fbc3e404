package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRequestTest {
    @TempDir
    Path project;

    @Test
    void aRelativeFileIsInTheProjectAndItsDirectoryIsMadeBeforeTheRun() throws Exception {
        ReportRequest sarif = ReportRequest.parse(" sarif=target/koru-reports/koru.sarif ", project);
        assertEquals(new ReportRequest("sarif", project.resolve("target/koru-reports/koru.sarif")), sarif);
        assertEquals("sarif=" + project.resolve("target/koru-reports/koru.sarif"), sarif.prepare());
        assertTrue(Files.isDirectory(project.resolve("target/koru-reports")));
    }

    @Test
    void anAbsoluteFileStaysAsItIs() throws Exception {
        Path elsewhere = project.resolve("out/junit.xml").toAbsolutePath();
        assertEquals(new ReportRequest("junit", elsewhere), ReportRequest.parse("junit=" + elsewhere, project.resolve("p")));
    }

    @Test
    void aReportWithoutFormatOrFileIsRefused() {
        for (String bad : new String[] {"sarif", "=koru.sarif", "sarif=", ""}) {
            MojoExecutionException refused = assertThrows(MojoExecutionException.class, () -> ReportRequest.parse(bad, project));
            assertEquals("report `" + bad + "` is not FORMAT=FILE (e.g. sarif=target/koru-reports/koru.sarif)",
                    refused.getMessage());
        }
    }

    @Test
    void aDirectoryThatCannotBeMadeIsAnExecutionError() throws Exception {
        Files.writeString(project.resolve("target"), "a file, not a directory");
        ReportRequest report = ReportRequest.parse("sarif=target/koru-reports/koru.sarif", project);
        MojoExecutionException refused = assertThrows(MojoExecutionException.class, report::prepare);
        assertTrue(refused.getMessage().startsWith("cannot create the directory of report "), refused.getMessage());
    }
}
