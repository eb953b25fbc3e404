package koru.bench.runtime.litmus;

import koru.runtime.ring.MpmcRing;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Publication through {@link MpmcRing}: a consumer that takes an element sees what the producer wrote
 * into it before offering it (the release store of the slot's sequence, read with acquire). The element's
 * field is plain and not final, so only the ring's ordering can make it visible.
 */
@JCStressTest
@Outcome(id = "-1", expect = Expect.ACCEPTABLE, desc = "not published yet: poll answered null")
@Outcome(id = "42", expect = Expect.ACCEPTABLE, desc = "taken, with the producer's write")
@Outcome(id = "0", expect = Expect.FORBIDDEN, desc = "taken, but the producer's write is not visible")
@State
public class RingPublicationLitmus {
    /** A message whose content is written after construction, by a plain store. */
    static final class Message {
        int content;
    }

    private final MpmcRing<Message> ring = new MpmcRing<>(2);

    @Actor
    public void producer() {
        Message message = new Message();
        message.content = 42;
        ring.offer(message);
    }

    @Actor
    public void consumer(I_Result r) {
        Message message = ring.poll();
        r.r1 = message == null ? -1 : message.content;
    }
}
