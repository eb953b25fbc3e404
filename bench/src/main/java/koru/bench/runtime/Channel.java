package koru.bench.runtime;

import com.lmax.disruptor.EventPoller;
import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import koru.runtime.mailbox.Mailbox;
import koru.runtime.mailbox.SendResult;
import koru.runtime.ring.MpmcRing;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.jctools.queues.MpmcArrayQueue;

/**
 * A bounded hand-off as the benchmarks see it: offer answers false when full, poll null when empty.
 * Each kind wraps one structure with its own non-blocking calls; a fork uses one kind, so the call
 * site stays monomorphic.
 */
public interface Channel {
    boolean offer(Object message);

    Object poll();

    enum Kind {
        KORU_RING, KORU_MAILBOX, JCTOOLS_MPMC, AGRONA_M2O, DISRUPTOR;

        Channel create(int capacity, boolean manyProducers) {
            return switch (this) {
                case KORU_RING -> new KoruRing(new MpmcRing<>(capacity));
                case KORU_MAILBOX -> new KoruMailbox(new Mailbox<>(capacity, capacity));
                case JCTOOLS_MPMC -> new JctoolsMpmc(new MpmcArrayQueue<>(capacity));
                case AGRONA_M2O -> new AgronaManyToOne(new ManyToOneConcurrentArrayQueue<>(capacity));
                case DISRUPTOR -> new Disruptor(manyProducers
                        ? RingBuffer.createMultiProducer(Slot::new, capacity)
                        : RingBuffer.createSingleProducer(Slot::new, capacity));
            };
        }

        /** Whether more than one thread may poll. */
        boolean manyConsumers() {
            return this == KORU_RING || this == JCTOOLS_MPMC;
        }
    }

    record KoruRing(MpmcRing<Object> ring) implements Channel {
        public boolean offer(Object message) {
            return ring.offer(message);
        }

        public Object poll() {
            return ring.poll();
        }
    }

    record KoruMailbox(Mailbox<Object> mailbox) implements Channel {
        public boolean offer(Object message) {
            return mailbox.send(message) == SendResult.DELIVERED;
        }

        public Object poll() {
            return mailbox.poll();
        }
    }

    /** The relaxed calls: the strict {@code poll} re-reads the producer index and measured 1.4-7x slower here. */
    record JctoolsMpmc(MpmcArrayQueue<Object> queue) implements Channel {
        public boolean offer(Object message) {
            return queue.relaxedOffer(message);
        }

        public Object poll() {
            return queue.relaxedPoll();
        }
    }

    record AgronaManyToOne(ManyToOneConcurrentArrayQueue<Object> queue) implements Channel {
        public boolean offer(Object message) {
            return queue.offer(message);
        }

        public Object poll() {
            return queue.poll();
        }
    }

    /** A pre-allocated Disruptor event. */
    final class Slot {
        Object message;
    }

    /** The Disruptor used as a queue: {@code tryNext} never parks, an {@link EventPoller} polls one event. */
    final class Disruptor implements Channel {
        private final RingBuffer<Slot> ring;
        private final EventPoller<Slot> poller;
        private Object taken;

        Disruptor(RingBuffer<Slot> ring) {
            this.ring = ring;
            this.poller = ring.newPoller();
            ring.addGatingSequences(poller.getSequence());
        }

        public boolean offer(Object message) {
            long sequence;
            try {
                sequence = ring.tryNext();
            } catch (InsufficientCapacityException full) {
                return false; // a preallocated singleton: no stack trace is built
            }
            ring.get(sequence).message = message;
            ring.publish(sequence);
            return true;
        }

        public Object poll() {
            taken = null;
            try {
                poller.poll((slot, sequence, endOfBatch) -> {
                    taken = slot.message;
                    return false; // one event per poll, as the queues do
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return taken;
        }
    }
}
