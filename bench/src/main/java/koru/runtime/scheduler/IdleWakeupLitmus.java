package koru.runtime.scheduler;

import java.lang.invoke.VarHandle;
import koru.runtime.ring.MpmcRing;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The park/wake protocol of the scheduler (docs/scheduler.md, "Idle and wake-up"), as a jcstress litmus
 * test: a worker going idle races an outside submission. The worker does what {@code Worker.idle} does
 * before it parks: {@link IdleWorkers#register}, then one more look at the ring. The submitter does what
 * {@code Scheduler.submitFromOutside} does: offer to the ring, a full fence, {@link IdleWorkers#wakeOne}.
 * Either the worker sees the task or the submitter ends the worker's registration (and unparks it); if
 * neither happens, the worker parks beside a task nobody will wake it for: a lost wake-up.
 *
 * <p>This class sits in the scheduler's package (in the bench module, which carries jcstress) because
 * {@link IdleWorkers} is package-private; the ring and the registration are the production classes.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = Expect.ACCEPTABLE, desc = "the worker saw the task; nobody was woken")
@Outcome(id = "0, 1", expect = Expect.ACCEPTABLE, desc = "the worker saw nothing and was woken")
@Outcome(id = "1, 1", expect = Expect.ACCEPTABLE, desc = "the worker saw the task and was woken as well (a spare wake-up)")
@Outcome(id = "0, 0", expect = Expect.FORBIDDEN, desc = "lost wake-up: the worker parks, nobody wakes it, the task waits")
@State
public class IdleWakeupLitmus {
    private final MpmcRing<Object> ring = new MpmcRing<>(2);
    /** One worker that is never started: unparking it is harmless, and the test reads only the registration. */
    private final IdleWorkers idleWorkers = new IdleWorkers(new Thread[] {new Thread(() -> {})});

    @Actor
    public void workerGoingIdle(II_Result r) {
        idleWorkers.register(0);
        r.r1 = ring.size() > 0 ? 1 : 0;
    }

    @Actor
    public void outsideSubmitter(II_Result r) {
        ring.offer(this);
        VarHandle.fullFence();
        boolean wasRegistered = idleWorkers.anyRegistered();
        idleWorkers.wakeOne();
        r.r2 = wasRegistered ? 1 : 0;
    }
}
