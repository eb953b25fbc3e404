package koru.proptest.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import koru.elaborator.Elaboration;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.ast.Step;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.source.Span;
import koru.extract.FrontEndParts;
import koru.extract.HostProc;
import koru.kernel.ir.Origin;

/**
 * What extraction needs from an error-free elaboration beside the Core IR: the entry module, every
 * proc with its variant (the extractor selects, docs/extraction.md), the variant each call site
 * names, each module's Java imports and every source text. Shared by `koru build` (cli) and by the
 * property tests, which compile every variant of a program (LoadedProgram).
 */
public final class FrontEndPartsOf {
    private FrontEndPartsOf() {
    }

    public static FrontEndParts of(Elaboration elaboration) {
        Program program = elaboration.elaborated().orElseThrow(() -> new IllegalArgumentException("the program has errors"));
        List<HostProc> procs = new ArrayList<>();
        List<FrontEndParts.CallVariant> callVariants = new ArrayList<>();
        Map<String, List<String>> imports = new LinkedHashMap<>();
        for (Module module : program.modules()) {
            module.items(Item.Proc.class).filter(proc -> proc.host().map(HostProc.DEFAULT_VARIANT::equals).orElse(true))
                    .forEach(proc -> program.resolveEvent(module, proc.event()).ifPresent(event ->
                            procs.add(new HostProc(event.name().toString(), proc.variant().orElse(HostProc.DEFAULT_VARIANT), proc.body(),
                                    origin(proc.bodySpan())))));
            module.items().forEach(item -> steps(item).forEach(step -> callVariants(step, module, program, callVariants)));
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
        return new FrontEndParts(program.entry().name(), procs, callVariants, imports, sources);
    }

    /**
     * The bodies that may run: flows, subflows and taps' handlers in a build, and the flows and mocks of {@code ~test}s
     * under {@code koru test}, where a call naming a variant runs that variant too (docs/testing.md, "~test blocks").
     */
    private static List<Step> steps(Item item) {
        return switch (item) {
            case Item.Flow flow -> List.of(flow.body());
            case Item.Subflow subflow -> List.of(subflow.body());
            case Item.Tap tap -> tap.handlers().stream().map(Handler::step).toList();
            case Item.Test test -> test.body().stream().flatMap(inner -> steps(inner).stream()).toList();
            default -> List.of();
        };
    }

    /** Every {@code ~event|variant(…)} in {@code step}, keyed by the origin its IR node has (the invocation step's span). */
    private static void callVariants(Step step, Module module, Program program, List<FrontEndParts.CallVariant> found) {
        if (step instanceof Step.Invoke invoke) {
            invoke.call().variant().ifPresent(variant -> program.resolveEvent(module, invoke.call().event()).ifPresent(event ->
                    found.add(new FrontEndParts.CallVariant(origin(invoke.span()), event.name().toString(), variant))));
            invoke.then().ifPresent(next -> callVariants(next, module, program, found));
            invoke.handlers().forEach(handler -> callVariants(handler.step(), module, program, found));
        }
    }

    private static Origin origin(Span span) {
        return new Origin(span.file().displayPath(), span.start(), span.end());
    }
}
