package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import koru.elaborator.diag.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExplanationsTest {
    private static final Pattern EXAMPLE = Pattern.compile("## (Wrong|Right)\\n\\n```koru\\n(.+?)\\n```", Pattern.DOTALL);

    @ParameterizedTest
    @EnumSource(Code.class)
    void everyCodeHasATitledExplanationWithAWrongAndARightExample(Code code) {
        String explanation = Explanations.of(code);

        assertTrue(explanation.startsWith("# " + code.id() + ": " + code.title() + "\n\n"),
                () -> code + " must start with its title line");
        Matcher examples = EXAMPLE.matcher(explanation);
        assertTrue(examples.find(), () -> code + " needs a ## Wrong example in a koru block");
        assertEquals("Wrong", examples.group(1));
        String wrong = examples.group(2);
        assertTrue(examples.find(), () -> code + " needs a ## Right example in a koru block");
        assertEquals("Right", examples.group(1));
        String right = examples.group(2);
        assertTrue(wrong.contains("~") && right.contains("~"), () -> code + " examples must be Koru code");
        assertNotEquals(wrong, right, () -> code + ": the right example must differ from the wrong one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"KORU022", "koru022", "022", "22", " Koru022 "})
    void acceptsTheWaysUsersWriteACode(String typed) {
        assertEquals(Optional.of(Code.KORU022), Explanations.codeNamed(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KORU999", "", "KORU", "KORU0022", "x22", "ERROR"})
    void rejectsWhatIsNotACode(String typed) {
        assertEquals(Optional.empty(), Explanations.codeNamed(typed));
    }

    @Test
    void codesWithoutLeadingZerosAreFound() {
        assertEquals(Optional.of(Code.KORU107), Explanations.codeNamed("107"));
    }
}
