package koru.elaborator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/** What the declaration checks say: the caret's text and the hint, as a user reads them. */
class DeclarationMessagesTest {
    private static Diagnostic onlyErrorOf(String program) {
        List<Diagnostic> errors = new Elaborator(Options.defaults()).elaborateText("app.kz", program).diagnostics()
                .stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        return errors.getFirst();
    }

    @Test
    void aProcForATypoNamesTheNearestEvent() {
        Diagnostic error = onlyErrorOf("~event greet { name: []const u8 }\n~proc gret {\n}\n");

        assertEquals("gret", error.span().text());
        assertEquals("no event `gret` to implement", error.message());
        assertEquals("did you mean `greet`?", error.hint().orElseThrow());
    }

    @Test
    void aSubflowFarFromEveryEventSuggestsDeclaringIt() {
        Diagnostic error = onlyErrorOf("~event greet { name: []const u8 }\n~farewell = _\n");

        assertEquals("declare it first: `~event farewell { … }`", error.hint().orElseThrow());
    }

    @Test
    void aSingleFieldBranchHintsTheIdentityForm() {
        Diagnostic error = onlyErrorOf("~event parse { text: []const u8 }\n| ok u32\n| err { line: u32 }\n");

        assertEquals("{ line: u32 }", error.span().text());
        assertEquals("use the identity form: `| err u32`", error.hint().orElseThrow());
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(1, CheckImplementations.distance("gret", "greet"));
        assertEquals(1, CheckImplementations.distance("greet", "great"));
        assertEquals(3, CheckImplementations.distance("", "abc"));
        assertEquals(0, CheckImplementations.distance("same", "same"));
    }
}
