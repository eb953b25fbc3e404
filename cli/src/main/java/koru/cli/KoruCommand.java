package koru.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code koru} command: only a home for the verbs, the help and the version. */
@Command(
        name = "koru",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Koru/J: the Koru event-continuation language on the JVM, with a verified core.",
        footer = {
            "",
            "Exit codes: 0 no errors, 1 the program has errors, 2 usage or I/O error,",
            "3 verification inconclusive (nothing failed, something not proven).",
            "Explain a diagnostic with `koru explain KORU022`; list them with `koru explain --list`."
        },
        subcommands = {CheckCommand.class, VerifyCommand.class, BuildCommand.class, RunCommand.class, TestCommand.class, ExplainCommand.class,
            HelpCommand.class})
final class KoruCommand {
}
