package koru.extract.variants;

import koru.kernel.interp.Ended;

/** What generated code threw, as the fault it is: every throwable but the JVM's own failures (a {@code StackOverflowError} is the program's). */
final class Thrown {
    private Thrown() {
    }

    static Ended.Fault asFault(String who, Throwable thrown) {
        if (thrown instanceof VirtualMachineError error && !(error instanceof StackOverflowError)) {
            throw error; // the JVM is out of memory: no answer of the program's
        }
        return new Ended.Fault(who + " threw " + thrown);
    }
}
