package koru.extract;

import java.util.List;
import java.util.Map;

/**
 * What extraction needs beside the Core IR, which leaves it out: the module whose top-level flows
 * run, the selected proc of each event that has one (its Java body), each module's Java
 * {@code import} lines, and the text of every source file by the name origins use (so that
 * generated code and javac's errors point at {@code .kz} lines). The CLI builds it from the
 * front end's result.
 */
public record FrontEndParts(String entryModule, List<HostProc> procs, Map<String, List<String>> hostImports,
        Map<String, String> sources) {
    public FrontEndParts {
        procs = List.copyOf(procs);
        hostImports = Map.copyOf(hostImports);
        sources = Map.copyOf(sources);
    }
}
