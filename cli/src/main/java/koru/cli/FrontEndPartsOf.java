package koru.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import koru.elaborator.Elaboration;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.extract.FrontEndParts;
import koru.extract.HostProc;
import koru.kernel.ir.Origin;

/**
 * What extraction needs from an error-free elaboration beside the Core IR: the entry module, the
 * selected proc of each event (KORU202's explanation: the bare or {@code |java} proc; named
 * variants wait for {@code --variant}), each module's Java imports and every source text.
 */
final class FrontEndPartsOf {
    private FrontEndPartsOf() {
    }

    static FrontEndParts of(Elaboration elaboration) {
        Program program = elaboration.elaborated().orElseThrow(() -> new IllegalArgumentException("the program has errors"));
        List<HostProc> procs = new ArrayList<>();
        Map<String, List<String>> imports = new LinkedHashMap<>();
        for (Module module : program.modules()) {
            module.items(Item.Proc.class)
                    .filter(proc -> proc.variant().isEmpty() && proc.host().map("java"::equals).orElse(true))
                    .forEach(proc -> program.resolveEvent(module, proc.event()).ifPresent(event ->
                            procs.add(new HostProc(event.name().toString(), proc.body(), new Origin(proc.bodySpan().file().displayPath(), proc.bodySpan().start(), proc.bodySpan().end())))));
            List<String> hostImports = module.items(Item.HostLine.class).map(Item.HostLine::text)
                    .filter(line -> line.strip().startsWith("import ")).map(String::strip).toList();
            if (!hostImports.isEmpty()) {
                imports.put(module.name(), hostImports);
            }
        }
        // The program's modules, not only the files read: a pass may add one ($std/taps, for metatype taps).
        Map<String, String> sources = new LinkedHashMap<>();
        for (SourceUnit unit : program.modules().stream().flatMap(module -> module.units().stream()).toList()) {
            sources.putIfAbsent(unit.file().displayPath(), unit.file().text());
        }
        return new FrontEndParts(program.entry().name(), procs, imports, sources);
    }
}
