package koru.extract;

import java.util.List;
import java.util.Map;
import koru.kernel.ir.Origin;

/**
 * What extraction needs beside the Core IR, which leaves it out: the module whose top-level flows
 * run, every proc (each variant's Java body), the variant each call site names
 * ({@code ~clamp|branchless(…)}, keyed by the call's origin, which is the IR node's origin), each
 * module's Java {@code import} lines, and the text of every source file by the name origins use (so
 * that generated code and javac's errors point at {@code .kz} lines). The CLI builds it from the
 * front end's result.
 */
public record FrontEndParts(String entryModule, List<HostProc> procs, List<CallVariant> callVariants,
        Map<String, List<String>> hostImports, Map<String, String> sources) {
    /** The call of {@code event} at {@code at} names {@code variant}: {@code ~event|variant(…)}. */
    public record CallVariant(Origin at, String event, String variant) {
    }

    public FrontEndParts {
        procs = List.copyOf(procs);
        callVariants = List.copyOf(callVariants);
        hostImports = Map.copyOf(hostImports);
        sources = Map.copyOf(sources);
    }
}
