package koru.proptest.crosscheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.lower.LowerToCoreIr;
import koru.extract.variants.LoadedProgram;
import koru.kernel.interp.Interpreter;
import koru.kernel.ir.Program;
import koru.proptest.load.FrontEndPartsOf;

/** The test programs under {@code src/test/resources/crosscheck}, elaborated, lowered and built with every variant. */
final class Programs {
    private static final Path DIRECTORY = Path.of("src", "test", "resources", "crosscheck");

    private Programs() {
    }

    /** {@code file}, with {@code appended} (more procs, say) after its text. */
    static CrossCheck crossCheck(String file, String appended) {
        return crossCheck(file, appended, CrossCheck.LIMITS);
    }

    static CrossCheck crossCheck(String file, String appended, Interpreter.Limits limits) {
        String text;
        try {
            text = Files.readString(DIRECTORY.resolve(file)) + appended;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return crossCheckText(file, text, limits);
    }

    static CrossCheck crossCheckText(String file, String text) {
        return crossCheckText(file, text, CrossCheck.LIMITS);
    }

    private static CrossCheck crossCheckText(String file, String text, Interpreter.Limits limits) {
        Elaboration elaboration = new Elaborator(Options.defaults()).elaborateText(file, text);
        assertFalse(elaboration.hasErrors(), () -> elaboration.diagnostics().toString());
        Program program = LowerToCoreIr.lower(elaboration).orElseThrow();
        LoadedProgram loaded = assertInstanceOf(LoadedProgram.Loading.Loaded.class,
                LoadedProgram.load(program, FrontEndPartsOf.of(elaboration))).program();
        return CrossCheck.of(program, loaded, limits);
    }
}
