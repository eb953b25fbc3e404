package koru.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs {@code koru verify} on the project's Koru/J entry files: the front end, then a proof of every
 * obligation with Z3. The build fails when a program has an error or an obligation fails, and, unless
 * {@code failOnUnknown} is false, when something could not be proven.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractKoruMojo {
    /** Whether the build fails when nothing failed but an obligation is unknown or not verified yet (exit 3). */
    @Parameter(property = "koru.failOnUnknown", defaultValue = "true")
    boolean failOnUnknown;

    /** Solve on this many threads (the CLI's {@code --jobs}); default: the number of processors. */
    @Parameter(property = "koru.jobs")
    Integer jobs;

    /**
     * The reports written when none are configured: JUnit XML named as Surefire names its reports
     * ({@code TEST-*.xml}, the pattern maven-surefire-report-plugin and CI test publishers look for),
     * and SARIF for code scanning, both in {@code target/koru-reports}.
     */
    static final String DEFAULT_REPORTS = "junit=${project.build.directory}/koru-reports/TEST-koru.xml,"
            + "sarif=${project.build.directory}/koru-reports/koru.sarif";

    /**
     * Reports to write, each {@code FORMAT=FILE} (the CLI's {@code --report}; formats text, json, junit,
     * sarif, md); a relative FILE is relative to the project's directory. A configured list replaces the
     * default one; {@code <reports combine.self="override"/>} writes none (a plain {@code <reports/>} is
     * no configuration to Maven, which then applies the default). On the command line:
     * {@code -Dkoru.reports=sarif=target/koru.sarif,junit=target/koru-junit.xml}.
     */
    @Parameter(property = "koru.reports", defaultValue = DEFAULT_REPORTS)
    List<String> reports;

    @Override
    String verb() {
        return "verify";
    }

    @Override
    List<String> verbOptions() throws MojoExecutionException {
        List<String> options = new ArrayList<>();
        if (jobs != null) {
            options.add("--jobs");
            options.add(jobs.toString());
        }
        for (String report : reports == null ? List.<String>of() : reports) {
            options.add("--report");
            options.add(ReportRequest.parse(report, basedir.toPath()).prepare());
        }
        return options;
    }

    @Override
    boolean failOnUnknown() {
        return failOnUnknown;
    }
}
