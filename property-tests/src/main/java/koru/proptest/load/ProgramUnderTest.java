package koru.proptest.load;

import java.util.List;
import koru.elaborator.Elaboration;
import koru.elaborator.lower.LowerToCoreIr;
import koru.extract.BuildProblem;
import koru.extract.FrontEndParts;
import koru.extract.variants.LoadedProgram;
import koru.kernel.ir.Program;

/**
 * A {@code .kz} program ready for {@code koru test}: its Core IR, what extraction needs beside it, and
 * every implementation of every event compiled and loaded ({@link LoadedProgram}).
 */
public record ProgramUnderTest(Program program, FrontEndParts parts, LoadedProgram loaded) {
    /** The program, or why it cannot be tested: the front end's errors, or the build's problems (KORU201, KORU202). */
    public sealed interface Loading {
        record Loaded(ProgramUnderTest program) implements Loading {
        }

        record FrontEndErrors(Elaboration elaboration) implements Loading {
        }

        record NotBuilt(List<BuildProblem> problems) implements Loading {
            public NotBuilt {
                problems = List.copyOf(problems);
            }
        }
    }

    public static Loading load(Elaboration elaboration) {
        if (elaboration.hasErrors()) {
            return new Loading.FrontEndErrors(elaboration);
        }
        Program program = LowerToCoreIr.lower(elaboration).orElseThrow();
        FrontEndParts parts = FrontEndPartsOf.of(elaboration);
        return switch (LoadedProgram.load(program, parts)) {
            case LoadedProgram.Loading.Loaded loaded -> new Loading.Loaded(new ProgramUnderTest(program, parts, loaded.program()));
            case LoadedProgram.Loading.Rejected rejected -> new Loading.NotBuilt(rejected.problems());
        };
    }
}
