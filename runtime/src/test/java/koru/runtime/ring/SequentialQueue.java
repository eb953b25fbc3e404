package koru.runtime.ring;

import java.util.ArrayDeque;

/** A ring's meaning, one operation at a time: a FIFO queue of {@link MpmcRingLinearizabilityTest#CAPACITY} places. */
public final class SequentialQueue {
    private final ArrayDeque<Integer> elements = new ArrayDeque<>();

    public boolean offer(int element) {
        return elements.size() < MpmcRingLinearizabilityTest.CAPACITY && elements.offerLast(element);
    }

    public Integer poll() {
        return elements.pollFirst();
    }
}
