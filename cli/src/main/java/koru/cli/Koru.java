package koru.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Assembles the {@code koru} command line and runs it so that no input, however broken, ends in
 * a stack trace: usage errors exit 2 with a usage message, and anything unexpected is reported
 * as an internal error (also exit 2).
 */
final class Koru {
    private Koru() {
    }

    /** The command line writing its product to {@code out} and everything else to {@code err}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new KoruCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(
                (exception, failed, parseResult) -> reportInternalError(exception, err));
        return commandLine;
    }

    /** Runs {@code koru args...} and returns its exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        return execute(commandLine(out, err), args);
    }

    /** Runs a command line made by {@link #commandLine}, turning any failure into an exit code. */
    static int execute(CommandLine commandLine, String[] args) {
        try {
            return commandLine.execute(args);
        } catch (Throwable unexpected) {
            // picocli hands only Exceptions to the handler above; Errors (a stack overflow, running
            // out of memory) and failures inside picocli itself arrive here.
            return reportInternalError(unexpected, commandLine.getErr());
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    private static int reportInternalError(Throwable failure, PrintWriter err) {
        err.println("internal error (a bug in Koru/J): " + failure);
        err.println("hint: your program may well be fine; please report this with the command line and the input files");
        err.flush();
        return ExitCode.USAGE_OR_IO_ERROR;
    }
}
