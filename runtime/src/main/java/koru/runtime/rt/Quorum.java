package koru.runtime.rt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code std.rt:quorum}: takes replies from a channel until {@code k} have come, the time limit has
 * passed, or the channel is closed and drained. The first {@code k} replies, in the order they were
 * taken, are the quorum; otherwise the answer is how many came.
 */
public final class Quorum {
    private Quorum() {
    }

    public sealed interface Outcome {
        /** Exactly {@code k} replies, in the order taken. */
        record Reached(List<Long> replies) implements Outcome {
            public Reached {
                replies = List.copyOf(replies);
            }
        }

        /** Fewer than {@code k} replies came in time; they were taken from the channel. */
        record Short(int received) implements Outcome {}
    }

    /** {@code k >= 1} replies within {@code millis} milliseconds, read as unsigned (Koru's {@code u64}; a huge limit is no limit). */
    public static Outcome collect(Channel channel, int k, long millis) {
        if (k < 1) {
            throw new IllegalArgumentException("a quorum needs at least one reply, got k = " + k);
        }
        long deadline = System.nanoTime() + (millis < 0 ? Long.MAX_VALUE : TimeUnit.MILLISECONDS.toNanos(millis));
        List<Long> replies = new ArrayList<>(Math.min(k, 1024));
        while (replies.size() < k) {
            switch (channel.await(true, deadline)) {
                case Awaited.Value reply -> replies.add(reply.value());
                case Awaited.Closed closed -> {
                    return new Outcome.Short(replies.size());
                }
                case Awaited.TimedOut timedOut -> {
                    return new Outcome.Short(replies.size());
                }
            }
        }
        return new Outcome.Reached(replies);
    }
}
