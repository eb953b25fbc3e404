package koru.runtime.scheduler;

/**
 * One thread of a {@link Scheduler}, with its own deque. It looks for work in this order: its own
 * deque (newest first), the scheduler's ring (outside submissions and overflow), then the other
 * workers' deques (oldest first), starting with its right-hand neighbour so that thieves spread out.
 * With nothing to do it spins for a while, then registers as idle and parks.
 */
final class Worker extends Thread {
    /**
     * Empty looks for work before parking. One look costs some tens of ns (and a pause), so this is
     * on the order of 10 us: about what waking a parked thread costs here (4-44 us), so a worker
     * that would soon find work again does not pay a wake-up for it.
     */
    static final int SPINS_BEFORE_PARK = 256;

    private final Scheduler scheduler;
    private final int index;
    private final WorkDeque<Task<?>> deque;

    Worker(Scheduler scheduler, int index, int dequeCapacity) {
        super("koru-worker-" + index);
        this.scheduler = scheduler;
        this.index = index;
        this.deque = new WorkDeque<>(dequeCapacity);
        setDaemon(true);
    }

    Scheduler scheduler() {
        return scheduler;
    }

    WorkDeque<Task<?>> deque() {
        return deque;
    }

    @Override
    public void run() {
        workUntil(null);
    }

    /**
     * Spawn from inside: onto this worker's deque; if that is full, onto the ring; if that is full
     * too, the task runs right here (its joiner then finds it done). Only a push onto an empty deque
     * wakes an idle worker: later pushes are seen by whoever that wakes. This wake-up needs no fence,
     * because a task in a deque is never stranded: its owner is running (it just pushed) and looks at
     * its own deque before it may park.
     */
    void push(Task<?> task) {
        switch (deque.push(task)) {
            case ONTO_EMPTY -> {
                if (scheduler.idleWorkers().anyRegistered()) {
                    scheduler.idleWorkers().wakeOne();
                }
            }
            case ONTO_OTHERS -> { }
            case FULL -> {
                if (!scheduler.offerToRing(task)) {
                    task.run();
                }
            }
        }
    }

    /**
     * Runs other tasks until {@code awaited} is done: usually the first one popped is {@code awaited}
     * itself, run inline. With nothing to run it spins, then parks until the task completes.
     */
    void helpUntilDone(Task<?> awaited) {
        workUntil(awaited);
    }

    /**
     * Runs whatever work it finds until {@code awaited} is done or, with {@code awaited} null, until
     * the scheduler terminates. After {@link #SPINS_BEFORE_PARK} empty looks in a row it parks: on
     * the awaited task, or as an idle worker. (A null rather than two lambdas: this loop is the spawn
     * and join fast path, and bound method references cost an allocation and a megamorphic call on it.)
     */
    private void workUntil(Task<?> awaited) {
        int emptyLooks = 0;
        while (awaited == null ? !scheduler.isTerminated() : !awaited.isDone()) {
            Task<?> task = findWork();
            if (task != null) {
                emptyLooks = 0;
                task.run();
            } else if (++emptyLooks < SPINS_BEFORE_PARK) {
                Thread.onSpinWait();
            } else if (awaited == null) {
                emptyLooks = 0;
                idle();
            } else {
                awaited.awaitParked();
            }
        }
    }

    private Task<?> findWork() {
        Task<?> task = deque.pop();
        if (task == null) {
            task = scheduler.pollRing();
        }
        if (task == null) {
            task = stealFromOthers();
        }
        return task;
    }

    private Task<?> stealFromOthers() {
        Worker[] workers = scheduler.workers();
        for (int offset = 1; offset < workers.length; offset++) {
            WorkDeque<Task<?>> victim = workers[(index + offset) % workers.length].deque();
            Task<?> task = victim.steal();
            if (task != null) {
                if (victim.holdsWorkAtTop()) {
                    scheduler.idleWorkers().wakeOne(); // more to take there: pass the wake-up on
                }
                return task;
            }
        }
        return null;
    }

    /**
     * Registers as idle, looks once more (without taking anything: a registered worker holds no
     * task, which termination relies on), and parks unless there was work or the scheduler may end.
     */
    private void idle() {
        IdleWorkers idleWorkers = scheduler.idleWorkers();
        idleWorkers.register(index);
        if (scheduler.hasVisibleWork()) {
            idleWorkers.cancel(index);
            return;
        }
        if (scheduler.tryTerminate()) {
            return;
        }
        idleWorkers.parkWhileRegistered(index);
    }
}
