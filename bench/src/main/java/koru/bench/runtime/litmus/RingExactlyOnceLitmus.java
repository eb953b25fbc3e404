package koru.bench.runtime.litmus;

import koru.runtime.ring.MpmcRing;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Two consumers race for the two elements of a full ring (offered before they start): each takes one,
 * a different one, and neither comes back empty. Each reports what it took: 0 nothing, 1 or 2 the
 * element. (Two actors: jcstress runs a test only with at least as many CPUs as actors, and this
 * machine has two.)
 */
@JCStressTest
@Outcome(id = {"1, 2", "2, 1"}, expect = Expect.ACCEPTABLE, desc = "each element taken once")
@Outcome(expect = Expect.FORBIDDEN, desc = "an element lost or taken twice")
@State
public class RingExactlyOnceLitmus {
    private static final Integer FIRST = 1;
    private static final Integer SECOND = 2;

    private final MpmcRing<Integer> ring = new MpmcRing<>(2);

    public RingExactlyOnceLitmus() {
        ring.offer(FIRST);
        ring.offer(SECOND);
    }

    @Actor
    public void consumer1(II_Result r) {
        r.r1 = taken(ring.poll());
    }

    @Actor
    public void consumer2(II_Result r) {
        r.r2 = taken(ring.poll());
    }

    private static int taken(Integer element) {
        return element == null ? 0 : element;
    }
}
