package koru.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * What both goals share: find the entry files, choose a JDK 21+, and run one verb of the Koru/J
 * command line on them in a forked JVM whose output goes into the build log.
 */
abstract class AbstractKoruMojo extends AbstractMojo {
    /** The include pattern when none is configured: every Koru/J source file is an entry file. */
    static final String DEFAULT_INCLUDE = "**/*.kz";

    /** The directory holding the project's Koru/J sources. */
    @Parameter(property = "koru.sourceDirectory", defaultValue = "${project.basedir}/src/main/koru", required = true)
    File sourceDirectory;

    /**
     * Patterns (globs relative to {@code sourceDirectory}) of the entry files, each verified as one
     * program; default {@code **}{@code /*.kz}. Modules a program imports need not be entry files.
     */
    @Parameter
    List<String> includes;

    /** Patterns of files not to take as entry files, e.g. the modules that entry files import. */
    @Parameter
    List<String> excludes;

    /** Skip the goal. */
    @Parameter(property = "koru.skip", defaultValue = "false")
    boolean skip;

    /** The JDK (21 or newer) to run Koru/J with; it takes precedence over toolchains. */
    @Parameter(property = "koru.jdkHome")
    File jdkHome;

    /** The {@code java} executable (of a JDK 21 or newer) to run Koru/J with; it takes precedence over {@code jdkHome}. */
    @Parameter(property = "koru.javaExecutable")
    File javaExecutable;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Component
    ToolchainManager toolchainManager;

    /** The CLI's verb: {@code check} or {@code verify}. */
    abstract String verb();

    /** The verb's options from this goal's parameters, before the entry files. */
    abstract List<String> verbOptions() throws MojoExecutionException;

    /** Whether an inconclusive run (exit 3) fails the build. */
    abstract boolean failOnUnknown();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping koru " + verb() + " (koru.skip)");
            return;
        }
        List<Path> entryFiles = entryFiles();
        if (entryFiles.isEmpty()) {
            getLog().info("No Koru/J entry files in " + sourceDirectory + "; nothing to " + verb());
            return;
        }
        ForkedJava java = ChooseJava.choose(javaCandidates());
        Path shownSources = KoruCommandLine.shownFrom(basedir.toPath(), sourceDirectory.toPath());
        getLog().info("koru " + verb() + ": " + entryFiles.size() + (entryFiles.size() == 1 ? " entry file" : " entry files")
                + " in " + shownSources + ", on JDK " + java.release().version() + " (" + java.origin() + ")");
        KoruCommandLine commandLine =
                new KoruCommandLine(java, cliClassPath(), verb(), verbOptions(), entryFiles, basedir.toPath());
        getLog().debug("Running " + String.join(" ", commandLine.command()));
        int exitCode = RunForked.run(commandLine.command(), commandLine.workingDirectory(), getLog());
        KoruExit.judge(exitCode, verb(), failOnUnknown(), getLog());
    }

    private List<Path> entryFiles() throws MojoExecutionException {
        List<String> included = includes == null || includes.isEmpty() ? List.of(DEFAULT_INCLUDE) : includes;
        try {
            return EntryFiles.find(sourceDirectory.toPath(), included, excludes == null ? List.of() : excludes);
        } catch (IOException | RuntimeException unreadable) {
            throw new MojoExecutionException("cannot list the Koru/J sources in " + sourceDirectory + ": "
                    + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * The JVMs that may run the CLI, best first: one the user named, then the JDK toolchain the build
     * selected (maven-toolchains-plugin), then the toolchains.xml entries of version 21+, then
     * JAVA_HOME, then the JVM running Maven. {@link ChooseJava} takes the first that is a JDK 21+.
     */
    private List<JavaCandidate> javaCandidates() {
        List<JavaCandidate> candidates = new ArrayList<>();
        if (javaExecutable != null) {
            candidates.add(new JavaCandidate("javaExecutable " + javaExecutable, javaExecutable.toPath(), true));
        }
        if (jdkHome != null) {
            candidates.add(JavaCandidate.inHome("jdkHome " + jdkHome, jdkHome.toPath(), true));
        }
        addToolchain(candidates, "the build's jdk toolchain", toolchainManager.getToolchainFromBuildContext("jdk", session));
        String versions = "[" + ChooseJava.MIN_MAJOR + ",)";
        for (Toolchain toolchain : toolchainManager.getToolchains(session, "jdk", Map.of("version", versions))) {
            addToolchain(candidates, "a jdk toolchain " + versions + " of toolchains.xml", toolchain);
        }
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(JavaCandidate.inHome("JAVA_HOME " + javaHome, Path.of(javaHome), false));
        }
        candidates.add(JavaCandidate.inHome("the JVM running Maven", Path.of(System.getProperty("java.home")), false));
        return candidates;
    }

    private static void addToolchain(List<JavaCandidate> candidates, String origin, Toolchain toolchain) {
        String java = toolchain == null ? null : toolchain.findTool("java");
        if (java != null) {
            candidates.add(new JavaCandidate(origin, Path.of(java), false));
        }
    }

    /**
     * The forked JVM's class path: this plugin's resolved dependencies, which are koru-cli and its runtime
     * dependencies (the plugin's own jar is left out: the CLI does not need it).
     */
    private List<Path> cliClassPath() throws MojoExecutionException {
        Artifact self = plugin.getPluginArtifact();
        List<Path> classPath = new ArrayList<>();
        boolean hasCli = false;
        for (Artifact artifact : plugin.getArtifacts()) {
            if (artifact.getFile() == null || artifact.getArtifactId().equals(self.getArtifactId())
                    && artifact.getGroupId().equals(self.getGroupId())) {
                continue;
            }
            hasCli |= artifact.getArtifactId().equals("koru-cli");
            classPath.add(artifact.getFile().toPath());
        }
        if (!hasCli) {
            throw new MojoExecutionException("koru-cli is not among the plugin's resolved dependencies " + classPath
                    + "; the plugin's installation is broken");
        }
        return classPath;
    }
}
