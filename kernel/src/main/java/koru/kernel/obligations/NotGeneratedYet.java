package koru.kernel.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;

/**
 * Guarantees: a program that needs an obligation kind the kernel does not generate yet (the state
 * and obligation rules of A7) is never reported as fully verified: the first place that needs each
 * kind is listed, as skipped bodies are.
 */
final class NotGeneratedYet {

    private NotGeneratedYet() {
    }

    static List<GenerateObligations.Missing> of(Program program) {
        List<GenerateObligations.Missing> missing = new ArrayList<>();
        firstStateful(program).ifPresent(origin -> missing.add(new GenerateObligations.Missing(
                "phantom states and obligations (A7): use after discharge and leaks of this program's states are not checked", origin)));
        return missing;
    }

    /** The first field or payload, in declaration order, that carries a phantom state. */
    private static Optional<Origin> firstStateful(Program program) {
        return program.events().stream()
                .flatMap(event -> Stream.concat(
                        event.inputs().stream().filter(f -> f.state().isPresent()).map(Program.Field::origin),
                        event.branches().stream().filter(NotGeneratedYet::carriesState).map(Program.Branch::origin)))
                .findFirst();
    }

    private static boolean carriesState(Program.Branch branch) {
        return switch (branch.payload()) {
            case Program.Payload.None none -> false;
            case Program.Payload.One one -> one.state().isPresent();
            case Program.Payload.Fields fields -> fields.fields().stream().anyMatch(f -> f.state().isPresent());
        };
    }
}
