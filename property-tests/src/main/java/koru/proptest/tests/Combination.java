package koru.proptest.tests;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import koru.extract.java.JavaNames;

/**
 * The implementation each varied event runs with in one run of a {@code ~test}, in the order the
 * test reaches the events: {@link TestMatrix#INTERPRETER} (the reference interpreter walks the
 * event's subflow), {@code subflow} (its extracted Java) or a Java proc variant.
 */
record Combination(List<Choice> choices) {
    /** {@code event} runs {@code variant}; {@code varied} when it had others (a report names only those). */
    record Choice(String event, String variant, boolean varied) {
    }

    Combination {
        choices = List.copyOf(choices);
    }

    /** {@code clamp|java}, {@code clamp|interpreter, round|half_up}: how a report names the run. */
    String label() {
        return choices.stream().filter(Choice::varied).map(choice -> JavaNames.pathOf(choice.event()) + "|" + choice.variant()).collect(Collectors.joining(", "));
    }

    /** The events the interpreter asks its host for though the program has a subflow: those not chosen to be interpreted. */
    Set<String> hosted() {
        return choices.stream().filter(choice -> !choice.variant().equals(TestMatrix.INTERPRETER)).map(Choice::event)
                .collect(Collectors.toUnmodifiableSet());
    }
}
