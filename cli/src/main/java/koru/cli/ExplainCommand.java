package koru.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import koru.elaborator.diag.Code;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koru explain KORUnnn} and {@code koru explain --list}: the diagnostic codes, explained. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Explain a diagnostic code, with a wrong and a right example.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    /** Exactly one of: a code, or the list of all codes. */
    static final class What {
        @Parameters(paramLabel = "CODE", description = "The code to explain: KORU022, koru022 or 022.")
        String code;

        @Option(names = "--list", description = "List every code with its title.")
        boolean list;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (what.list) {
            for (Code code : Code.values()) {
                out.println(code.id() + "  " + code.title());
            }
            return ExitCode.OK;
        }
        Optional<Code> code = Explanations.codeNamed(what.code);
        if (code.isEmpty()) {
            spec.commandLine().getErr().println("error: there is no diagnostic code `" + what.code
                    + "`; `koru explain --list` lists every code");
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        out.print(Explanations.of(code.get()));
        return ExitCode.OK;
    }
}
