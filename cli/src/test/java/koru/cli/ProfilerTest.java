package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profiler (docs/profiler.md): {@code ~[profile]import "$std/profiler"} with {@code --flag profile}
 * records every transition into a Chrome trace-event file; without the flag the build holds no
 * profiling code at all.
 */
class ProfilerTest {
    private static final Path TAPS = Path.of("src", "test", "resources", "profile", "taps.kz");
    private static final Path COUNTED = Path.of("src", "test", "resources", "profile", "counted.kz");

    @TempDir
    Path work;

    @Test
    void withoutTheFlagNoProfilingCodeIsGenerated() throws IOException {
        String plain = generatedJava(TAPS, "plain");
        String profiled = generatedJava(TAPS, "profiled", "--flag", "profile");
        assertAll(
                () -> assertFalse(plain.contains("StdProfiler"), plain),
                () -> assertFalse(plain.contains("StdTaps"), plain),
                () -> assertFalse(plain.contains("koru.runtime.profile"), plain),
                // `work` is inlined (docs/extraction.md, "Inlined calls"): the tap reads its payload local.
                () -> assertTrue(plain.contains("Audit.audit(\"work finished with \" + work$1$done);"), plain),
                () -> assertTrue(profiled.contains("StdTaps.ProfileEvent.profile(\"taps:work\", \"done\", \"taps:show\")"), profiled),
                () -> assertTrue(profiled.contains("StdTaps.ProfileEvent.profile(\"taps:show\", \"\", \"_\")"), profiled),
                () -> assertTrue(profiled.contains("koru.runtime.profile.Profiler.record(source, branch, destination, ns);"), profiled));
    }

    @Test
    void everyTransitionIsATraceEventInOrder() throws IOException, InterruptedException {
        Path jar = build(COUNTED);
        Process program = new ProcessBuilder(java(), "-jar", jar.toString()).directory(work.toFile()).start();
        String out = new String(program.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(program.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(program.waitFor(60, TimeUnit.SECONDS), "the program did not finish");
        Path trace = work.resolve("koru-profile.json");
        assertAll(
                () -> assertEquals("steps: 5\nsecond flow\ndone\n", out, err),
                () -> assertEquals("koru: profile of 15 transitions written to " + trace.toRealPath() + "\n", err));

        Map<String, Object> json = parse(trace);
        List<Map<String, Object>> transitions = events(json).stream().filter(e -> "transition".equals(e.get("cat"))).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.addAll(List.of("std.control:if | then -> _", "counted:step | more -> counted:step"));
        }
        expected.addAll(List.of("std.control:if | else -> _", "counted:step | finished -> counted:show", "counted:show -> _",
                "counted:show -> counted:show", "counted:show -> _"));
        assertEquals(expected, transitions.stream().map(e -> e.get("name") + " -> " + args(e).get("destination")).toList());

        assertEquals("i", transitions.get(0).get("ph"), "a thread's first transition has nothing to be measured from");
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (Map<String, Object> event : transitions.subList(1, transitions.size())) {
            assertEquals("X", event.get("ph"), event.toString());
            double ts = ((Number) event.get("ts")).doubleValue();
            double dur = ((Number) event.get("dur")).doubleValue();
            assertTrue(ts >= previousEnd && dur >= 0, "spans of one thread follow each other: " + event);
            previousEnd = ts + dur;
        }
        List<Long> threads = transitions.stream().map(e -> ((Number) e.get("tid")).longValue()).distinct().toList();
        assertEquals(1, threads.size(), "every transition ran on the main thread");
        long main = threads.get(0);
        assertAll(
                () -> assertTrue(events(json).stream().anyMatch(e -> "thread_name".equals(e.get("name"))
                        && ((Number) e.get("tid")).longValue() == main && "main".equals(args(e).get("name"))), json.toString()),
                () -> assertEquals("ns", json.get("displayTimeUnit")),
                () -> assertEquals("15", otherData(json).get("transitions")),
                () -> assertEquals("0", otherData(json).get("dropped")));
    }

    @Test
    void theTraceGoesWhereTheEnvironmentSays() throws IOException, InterruptedException {
        Path jar = build(TAPS);
        Path trace = work.resolve("elsewhere").resolve("taps-trace.json");
        Files.createDirectories(trace.getParent());
        ProcessBuilder run = new ProcessBuilder(java(), "-jar", jar.toString()).directory(work.toFile());
        run.environment().put("KORU_PROFILE", trace.toString());
        Process program = run.start();
        program.getInputStream().readAllBytes();
        String err = new String(program.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(program.waitFor(60, TimeUnit.SECONDS), "the program did not finish");
        assertAll(
                () -> assertEquals("koru: profile of 2 transitions written to " + trace + "\n", err),
                () -> assertFalse(Files.exists(work.resolve("koru-profile.json")), "nothing at the default place"),
                () -> assertEquals(List.of("taps:work | done", "taps:show"), events(parse(trace)).stream()
                        .filter(e -> "transition".equals(e.get("cat"))).map(e -> e.get("name")).toList()));
    }

    private String generatedJava(Path program, String name, String... flags) throws IOException {
        Path sources = work.resolve(name);
        List<String> args = new ArrayList<>(List.of("build", "--no-cache", "-q", "--java-sources", sources.toString(),
                "-o", work.resolve(name + ".jar").toString()));
        args.addAll(List.of(flags));
        args.add(program.toString());
        KoruRun build = KoruRun.of(args.toArray(String[]::new));
        assertEquals(0, build.exitCode(), build.err());
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    private Path build(Path program) {
        Path jar = work.resolve("app.jar");
        KoruRun build = KoruRun.of("build", "--no-cache", "-q", "--flag", "profile", "-o", jar.toString(), program.toString());
        assertEquals(0, build.exitCode(), build.err());
        return jar;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> trace) {
        return (List<Map<String, Object>>) trace.get("traceEvents");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> args(Map<String, Object> event) {
        return (Map<String, Object>) event.get("args");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> otherData(Map<String, Object> trace) {
        return (Map<String, Object>) trace.get("otherData");
    }

    /** The trace file as maps, lists, strings and numbers; a file that is not one JSON object fails the test. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(Path trace) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(trace.toFile())) {
            Object value = valueAt(parser, parser.nextToken());
            assertEquals(null, parser.nextToken(), "nothing after the trace's object");
            return (Map<String, Object>) value;
        }
    }

    private static Object valueAt(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String field = parser.currentName();
                    object.put(field, valueAt(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(valueAt(parser, next));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
            default -> throw new AssertionError("unexpected " + token + " in the trace");
        };
    }
}
