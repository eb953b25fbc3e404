package koru.runtime.profile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The buffer and its writer: nothing recorded before {@code close} is lost, each thread's records
 * keep their order; a full buffer makes the recorder wait for the writer, or drops (and counts) when
 * told to or when no writer will make room.
 */
class TraceWriterTest {
    private static final Pattern TRANSITION = Pattern.compile(
            "\"name\":\"(t\\d) \\| (\\d+)\",\"cat\":\"transition\",\"pid\":\\d+,\"tid\":\\d+,\"ph\":\"(.)\"");

    @TempDir
    Path work;

    @Test
    void aFullBufferDropsAndTheTraceSaysHowMany() throws IOException, InterruptedException {
        TraceBuffer buffer = new TraceBuffer(4, WhenFull.DROP);
        for (int i = 0; i < 10; i++) {
            buffer.record("m:e", Integer.toString(i), "_", TraceClock.now());
        }
        assertEquals(6, buffer.dropped());
        Path file = work.resolve("trace.json");
        TraceWriter writer = TraceWriter.start(buffer, file, TraceClock.ORIGIN_NS);
        writer.close();
        String trace = Files.readString(file);
        assertAll(
                () -> assertEquals(4, writer.written()),
                () -> assertTrue(trace.contains("\"transitions\":\"4\",\"dropped\":\"6\",\"bufferCapacity\":\"4\",\"whenFull\":\"drop\",\"waits\":\"0\""), trace),
                () -> assertTrue(trace.contains("\"name\":\"m:e | 3\""), "the first four are kept: " + trace),
                () -> assertFalse(trace.contains("\"name\":\"m:e | 4\""), "the rest is dropped: " + trace),
                () -> assertTrue(trace.startsWith("{\"traceEvents\":[\n") && trace.endsWith("}}\n"), trace));
    }

    @Test
    @Timeout(60) // a hang guard only: the writer must finish once closed
    void everyRecordOfSeveralThreadsIsWrittenInEachThreadsOrder() throws IOException, InterruptedException {
        TraceBuffer buffer = new TraceBuffer(1 << 16, WhenFull.DROP);
        assertEachThreadsRecordsWrittenInOrder(buffer, 3, 20_000);
        assertEquals(0, buffer.dropped(), "the buffer holds every record at once");
    }

    @Test
    @Timeout(120) // a hang guard only
    void whenWaitingAMillionRecordsOfTwoThreadsThroughSmallBuffersAreAllWrittenInOrder() throws IOException, InterruptedException {
        TraceBuffer buffer = new TraceBuffer(1 << 10, WhenFull.WAIT);
        String trace = assertEachThreadsRecordsWrittenInOrder(buffer, 2, 500_000);
        assertAll(
                () -> assertEquals(0, buffer.dropped(), "a waiting recorder drops nothing"),
                () -> assertTrue(trace.contains("\"dropped\":\"0\",\"bufferCapacity\":\"1024\",\"whenFull\":\"wait\",\"waits\":\""
                        + buffer.waits() + "\",\"waitedNs\":\"" + buffer.waitedNs() + "\""), "the trailer says what waiting cost"));
    }

    @Test
    void withoutAWriterAWaitingRecorderDropsRatherThanHanging() throws IOException, InterruptedException {
        TraceBuffer buffer = new TraceBuffer(4, WhenFull.WAIT);
        for (int i = 0; i < 10; i++) {
            buffer.record("m:e", Integer.toString(i), "_", TraceClock.now());
        }
        assertAll(
                () -> assertEquals(6, buffer.dropped()),
                () -> assertEquals(0, buffer.waits(), "nobody would make room"),
                () -> assertEquals(" (6 dropped: the buffer was full)", Profiler.whenFullNote(buffer)));
        TraceWriter writer = TraceWriter.start(buffer, work.resolve("trace.json"), TraceClock.ORIGIN_NS);
        writer.close();
        for (int i = 0; i < 6; i++) { // the writer took four: four fit again
            buffer.record("m:e", "after", "_", TraceClock.now());
        }
        assertAll(
                () -> assertEquals(4, writer.written()),
                () -> assertEquals(8, buffer.dropped(), "once the writer is closed, a full buffer drops again"),
                () -> assertEquals(0, buffer.waits()));
    }

    @Test
    void aCapacityIsAPowerOfTwoOfAtLeastTwo() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> new TraceBuffer(1, WhenFull.WAIT)),
                () -> assertThrows(IllegalArgumentException.class, () -> new TraceBuffer(6, WhenFull.DROP)));
    }

    @Test
    void thePolicyIsNamedWaitOrDrop() {
        assertAll(
                () -> assertEquals(Optional.of(WhenFull.WAIT), WhenFull.named("wait")),
                () -> assertEquals(Optional.of(WhenFull.DROP), WhenFull.named(" DROP ")),
                () -> assertEquals(Optional.empty(), WhenFull.named("block")));
    }

    /* Each of `threads` threads records `perThread` transitions named after it and numbered; the trace
       must hold them all, each thread's in its order, a thread's first as an instant. Returns the trace. */
    private String assertEachThreadsRecordsWrittenInOrder(TraceBuffer buffer, int threads, int perThread)
            throws IOException, InterruptedException {
        Path file = work.resolve("trace.json");
        TraceWriter writer = TraceWriter.start(buffer, file, TraceClock.ORIGIN_NS);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> flows = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String name = "t" + t;
            String[] branches = new String[perThread]; // made before the start, as a program's constants are
            for (int i = 0; i < perThread; i++) {
                branches[i] = Integer.toString(i);
            }
            flows.add(Thread.ofPlatform().name(name).start(() -> {
                awaitQuietly(start);
                for (int i = 0; i < perThread; i++) {
                    buffer.record(name, branches[i], "_", TraceClock.now());
                }
            }));
        }
        start.countDown();
        for (Thread flow : flows) {
            flow.join();
        }
        writer.close();

        String trace = Files.readString(file);
        Map<String, List<Integer>> seen = new TreeMap<>();
        Map<String, List<String>> phases = new TreeMap<>();
        Matcher m = TRANSITION.matcher(trace);
        while (m.find()) {
            seen.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
            phases.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(3));
        }
        assertEquals((long) threads * perThread - buffer.dropped(), writer.written());
        for (int t = 0; t < threads; t++) {
            List<Integer> order = seen.getOrDefault("t" + t, List.of());
            assertEquals(perThread, order.size(), "t" + t + " lost nothing");
            assertTrue(isIncreasing(order), "t" + t + "'s records in its order");
            assertEquals("i", phases.get("t" + t).get(0), "a thread's first transition is an instant");
            assertTrue(phases.get("t" + t).subList(1, perThread).stream().allMatch("X"::equals), "the others are spans");
        }
        assertTrue(trace.startsWith("{\"traceEvents\":[\n") && trace.endsWith("}}\n"), "a closed trace is whole");
        return trace;
    }

    private static boolean isIncreasing(List<Integer> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
