package koru.proptest.crosscheck;

import koru.kernel.interp.Value;

/** One argument of an input: the event's input name and the value given it. */
public record Argument(String name, Value value) {
    public String render() {
        return name + " = " + ShowValue.of(value);
    }
}
