package koru.elaborator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.parse.ParseSource;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Calls across modules: built by hand from two parsed files, as module loading would. */
class ResolveCallsTest {
    private static final String BANK = """
            ~pub event deposit { amount: u64 }
            | done u64

            ~event audit { amount: u64 }
            """;

    @Test
    void callingAPrivateEventOfAnotherModuleIsKoru044() {
        List<Diagnostic> errors = check("""
                ~bank:audit(amount: 1)

                ~bank:deposit(amount: 2)
                | done d |> bank:audit(amount: d)
                """);
        assertEquals(List.of("KORU044 at 1", "KORU044 at 4"), codes(errors));
        assertEquals("cannot call private event `bank:audit` from module `app`", errors.get(0).message());
        assertEquals("mark it `~pub event audit` in module `bank`", errors.get(0).hint().orElseThrow());
    }

    @Test
    void aPublicEventOfAnotherModuleIsCalledByItsCanonicalName() {
        assertEquals(List.of(), codes(check("""
                ~bank:deposit(amount: 2)
                | done _ |> _
                """)));
    }

    @Test
    void anUnqualifiedNameDeclaredInAnotherModuleIsKoru040WithTheQualifiedName() {
        List<Diagnostic> errors = check("""
                ~deposit(amount: 1)
                | done _ |> _

                ~bank:depositt(amount: 1)
                """);
        assertEquals(List.of("KORU040 at 1", "KORU040 at 4"), codes(errors));
        assertEquals("events of other modules are called by their canonical name: `bank:deposit(…)`",
                errors.get(0).hint().orElseThrow());
        assertEquals("did you mean `bank:deposit`?", errors.get(1).hint().orElseThrow());
    }

    private static List<Diagnostic> check(String app) {
        Diagnostics diagnostics = new Diagnostics();
        Module bank = new Module("bank", List.of(ParseSource.parse(new SourceFile("bank.kz", BANK), diagnostics)),
                Module.Origin.IMPORTED);
        Module entry = new Module("app", List.of(ParseSource.parse(new SourceFile("app.kz", app), diagnostics)),
                Module.Origin.ENTRY);
        CheckFlowBodies.run(Program.of(List.of(entry, bank), diagnostics), diagnostics);
        return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    }

    private static List<String> codes(List<Diagnostic> errors) {
        return errors.stream().map(d -> d.code() + " at " + d.span().line()).toList();
    }
}
