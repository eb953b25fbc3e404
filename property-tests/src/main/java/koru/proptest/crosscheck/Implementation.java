package koru.proptest.crosscheck;

import java.util.List;
import java.util.function.Function;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Value;

/** One implementation of an event, resolved once and run on every input: {@code name} as a report shows it. */
record Implementation(String name, Function<List<Value>, Ended> run) {
}
