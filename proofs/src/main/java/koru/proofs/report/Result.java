package koru.proofs.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One verdict of a run: an obligation, a state check, an assumed contract or an unverified body.
 * {@code code} is the diagnostic the terminal shows for it when it is not proven (KORU1xx, KORU050,
 * KORU032); {@code counterexample} the replayed values of a failure, when the solver named some;
 * {@code path} the choices that lead to it. {@code id} is stable across runs of the same program:
 * the kind and the position, numbered when one position has several results of one kind. {@code time}
 * is the wall time the solver took on an obligation (a proof from the cache: a fraction of a millisecond);
 * a state check, an assumed contract and an unverified body have none.
 */
public record Result(String id, Kind kind, Optional<String> code, Status status, String message, Location location,
        Optional<String> counterexample, List<Step> path, Optional<Duration> time) {
    public Result {
        path = List.copyOf(path);
    }

    /** A result with its unnumbered id; {@link ProgramReport#of} numbers repeated ones. */
    public static Result of(Kind kind, Optional<String> code, Status status, String message, Location location,
            Optional<String> counterexample, List<Step> path) {
        return new Result(kind.key() + "@" + location.position(), kind, code, status, message, location, counterexample, path,
                Optional.empty());
    }

    /** This result of an obligation the solver took {@code time} over. */
    public Result solvedIn(Duration time) {
        return new Result(id, kind, code, status, message, location, counterexample, path, Optional.of(time));
    }

    Result withId(String id) {
        return new Result(id, kind, code, status, message, location, counterexample, path, time);
    }
}
