package koru.elaborator.check;

import java.util.List;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.source.Span;

/**
 * Checks the contract-file rules of LANGUAGE.md A8 (KORU012): when a module has a {@code .k}
 * file, its {@code pub} events are declared there and nowhere else, the {@code .k} declares no
 * private event, and it holds only events, types and imports (comments and blank lines aside).
 */
public final class CheckContractFiles {
    private CheckContractFiles() {
    }

    public static void run(Program program, Diagnostics diagnostics) {
        for (Module module : program.modules()) {
            List<SourceUnit> contracts = module.units().stream().filter(u -> u.kind() == SourceUnit.Kind.CONTRACT).toList();
            if (contracts.isEmpty()) {
                continue;
            }
            String contract = contracts.getFirst().file().displayPath();
            for (SourceUnit unit : module.units()) {
                if (unit.kind() == SourceUnit.Kind.CONTRACT) {
                    unit.items().forEach(item -> contractItem(item, diagnostics));
                } else {
                    unit.items().stream().filter(i -> i instanceof Item.Event e && e.isPublic())
                            .map(Item.Event.class::cast)
                            .forEach(event -> diagnostics.report(Diagnostic.error(Code.KORU012, event.name().span(),
                                            "pub event `" + event.name().path() + "` is declared outside the contract file")
                                    .withNote("module `" + module.name() + "` has the contract file " + contract)
                                    .withHint("move the declaration into " + contract + ", or drop `pub`")));
                }
            }
        }
    }

    private static void contractItem(Item item, Diagnostics diagnostics) {
        switch (item) {
            case Item.Event event when !event.isPublic() -> diagnostics.report(Diagnostic.error(Code.KORU012,
                            event.name().span(), "event `" + event.name().path() + "` in a contract file is not `pub`")
                    .withHint("a `.k` file declares the module's public events: write `~pub event`, or move it to the `.kz`"));
            case Item.Event event -> { }
            case Item.Type type -> { }
            case Item.Import imported -> { }
            case Item.HostLine line when isBlankOrComment(line.text()) -> { }
            default -> diagnostics.report(Diagnostic.error(Code.KORU012, firstLine(item.span()),
                            "a contract file holds only public events and types")
                    .withHint("move this to the module's `.kz` or `.kjava` file"));
        }
    }

    private static boolean isBlankOrComment(String text) {
        return text.isBlank() || text.strip().startsWith("//");
    }

    private static Span firstLine(Span span) {
        int line = span.line();
        int end = Math.min(span.end(), span.file().lineEnd(line));
        return new Span(span.file(), span.start(), Math.max(span.start(), end));
    }
}
