package koru.runtime.profile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The buffer and its writer: nothing recorded before {@code close} is lost, each thread's records
 * keep their order, and a full buffer drops (and counts) instead of making the flow wait.
 */
class TraceWriterTest {
    private static final Pattern TRANSITION = Pattern.compile(
            "\"name\":\"(t\\d) \\| (\\d+)\",\"cat\":\"transition\",\"pid\":\\d+,\"tid\":\\d+,\"ph\":\"(.)\"");

    @TempDir
    Path work;

    @Test
    void aFullBufferDropsAndTheTraceSaysHowMany() throws IOException, InterruptedException {
        TraceBuffer buffer = new TraceBuffer(4);
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
                () -> assertTrue(trace.contains("\"transitions\":\"4\",\"dropped\":\"6\",\"bufferCapacity\":\"4\""), trace),
                () -> assertTrue(trace.contains("\"name\":\"m:e | 3\""), "the first four are kept: " + trace),
                () -> assertFalse(trace.contains("\"name\":\"m:e | 4\""), "the rest is dropped: " + trace),
                () -> assertTrue(trace.startsWith("{\"traceEvents\":[\n") && trace.endsWith("}}\n"), trace));
    }

    @Test
    @Timeout(60) // a hang guard only: the writer must finish once closed
    void everyRecordOfSeveralThreadsIsWrittenInEachThreadsOrder() throws IOException, InterruptedException {
        int threads = 3;
        int perThread = 20_000;
        TraceBuffer buffer = new TraceBuffer(1 << 16);
        Path file = work.resolve("trace.json");
        TraceWriter writer = TraceWriter.start(buffer, file, TraceClock.ORIGIN_NS);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> flows = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String name = "t" + t;
            flows.add(Thread.ofPlatform().name(name).start(() -> {
                awaitQuietly(start);
                for (int i = 0; i < perThread; i++) {
                    buffer.record(name, Integer.toString(i), "_", TraceClock.now());
                }
            }));
        }
        start.countDown();
        for (Thread flow : flows) {
            flow.join();
        }
        writer.close();

        Map<String, List<Integer>> seen = new TreeMap<>();
        Map<String, List<String>> phases = new TreeMap<>();
        Matcher m = TRANSITION.matcher(Files.readString(file));
        while (m.find()) {
            seen.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
            phases.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(3));
        }
        assertEquals(0, buffer.dropped(), "the buffer holds every record at once");
        assertEquals(threads * perThread, writer.written());
        for (int t = 0; t < threads; t++) {
            List<Integer> order = seen.getOrDefault("t" + t, List.of());
            assertEquals(perThread, order.size(), "t" + t + " lost nothing");
            assertTrue(isIncreasing(order), "t" + t + "'s records in its order");
            assertEquals("i", phases.get("t" + t).get(0), "a thread's first transition is an instant");
            assertTrue(phases.get("t" + t).subList(1, perThread).stream().allMatch("X"::equals), "the others are spans");
        }
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
