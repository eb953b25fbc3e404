package koru.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * One report the {@code verify} goal asks the CLI for, configured as {@code FORMAT=FILE}. The CLI
 * judges the format; the plugin resolves the file against the project and makes its directory.
 *
 * @param format the report's format, as written
 * @param file where the report goes, absolute
 */
record ReportRequest(String format, Path file) {
    /** Parses {@code FORMAT=FILE}, a relative FILE being relative to {@code basedir}. */
    static ReportRequest parse(String configured, Path basedir) throws MojoExecutionException {
        String text = configured == null ? "" : configured.trim();
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw new MojoExecutionException("report `" + text + "` is not FORMAT=FILE (e.g. sarif=target/koru-reports/koru.sarif)");
        }
        return new ReportRequest(text.substring(0, equals).trim(), basedir.resolve(text.substring(equals + 1).trim()).normalize());
    }

    /** Creates the file's directory and returns the CLI's {@code --report} value. */
    String prepare() throws MojoExecutionException {
        Path directory = file.getParent();
        try {
            if (directory != null) {
                Files.createDirectories(directory);
            }
        } catch (IOException cannotCreate) {
            throw new MojoExecutionException("cannot create the directory of report " + file + ": " + cannotCreate, cannotCreate);
        }
        return format + "=" + file;
    }
}
