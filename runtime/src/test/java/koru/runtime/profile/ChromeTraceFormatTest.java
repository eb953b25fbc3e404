package koru.runtime.profile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChromeTraceFormatTest {
    private static final long TID = 42;
    private static final ChromeTraceFormat FORMAT = new ChromeTraceFormat(1_000, 7);

    private static String written(Consumer<TraceBytes> write) {
        TraceBytes out = new TraceBytes(4);
        write.accept(out);
        return out.toString();
    }

    private static String micros(long ns) {
        return written(out -> out.micros(ns));
    }

    private static String string(String text) {
        return written(out -> out.string(text));
    }

    @Test
    void microsecondsKeepEveryNanosecond() {
        assertAll(
                () -> assertEquals("0.000", micros(0)),
                () -> assertEquals("0.007", micros(7)),
                () -> assertEquals("1234.567", micros(1_234_567)),
                () -> assertEquals("-1.500", micros(-1_500)));
    }

    @Test
    void numbersAreWrittenDigitByDigit() {
        assertAll(
                () -> assertEquals("0", written(out -> out.number(0))),
                () -> assertEquals("9", written(out -> out.number(9))),
                () -> assertEquals("10", written(out -> out.number(10))),
                () -> assertEquals("-305", written(out -> out.number(-305))),
                () -> assertEquals("9223372036854775807", written(out -> out.number(Long.MAX_VALUE))),
                () -> assertEquals("-9223372036854775808", written(out -> out.number(Long.MIN_VALUE))));
    }

    @Test
    void theOpeningNamesTheProcess() {
        assertEquals("{\"traceEvents\":[\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":7,\"args\":{\"name\":\"koru program\"}}",
                written(out -> FORMAT.opening(out, "koru program")));
    }

    @Test
    void textIsEscapedAsJsonRequires() {
        assertAll(
                () -> assertEquals("\"plain m:e\"", string("plain m:e")),
                () -> assertEquals("\"a\\\"b\\\\c\"", string("a\"b\\c")),
                () -> assertEquals("\"\\n\\r\\t\\u0001\\u001f\"", string("\n\r\t\u0001\u001f")),
                () -> assertEquals("\"\\ud83d\\ude00 and \\ud800\"", string("\ud83d\ude00 and \ud800")),
                () -> assertEquals("\"é\u2028\"", string("é\u2028")));
    }

    @Test
    void aTransitionWithAPreviousOneIsACompleteEventFromItToThisOne() {
        assertEquals(",\n{\"name\":\"m:work | done\",\"cat\":\"transition\",\"pid\":7,\"tid\":" + TID
                + ",\"ph\":\"X\",\"ts\":0.500,\"dur\":2.750,\"args\":{\"source\":\"m:work\",\"branch\":\"done\",\"destination\":\"m:show\"}}",
                written(out -> FORMAT.event(out, "m:work", "done", "m:show", TID, 1_500, 4_250)));
    }

    @Test
    void aThreadsFirstTransitionIsAnInstantEventAndAVoidEventIsNamedAlone() {
        assertEquals(",\n{\"name\":\"m:show\",\"cat\":\"transition\",\"pid\":7,\"tid\":" + TID
                + ",\"ph\":\"i\",\"s\":\"t\",\"ts\":2.000,\"args\":{\"source\":\"m:show\",\"branch\":\"\",\"destination\":\"_\"}}",
                written(out -> FORMAT.event(out, "m:show", "", "_", TID, ThreadTrace.NONE, 3_000)));
    }

    @Test
    void metadataNamesThreadsAndTheClosingCarriesOtherData() {
        Thread named = Thread.ofPlatform().name("worker \"1\"").unstarted(() -> { });
        Map<String, String> other = new LinkedHashMap<>();
        other.put("dropped", "3");
        other.put("note", "a\\b");
        assertAll(
                () -> assertEquals(",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":7,\"tid\":" + named.threadId()
                        + ",\"args\":{\"name\":\"worker \\\"1\\\"\"}}",
                        written(out -> FORMAT.threadName(out, named.threadId(), named.getName()))),
                () -> assertEquals("\n],\"displayTimeUnit\":\"ns\",\"otherData\":{\"dropped\":\"3\",\"note\":\"a\\\\b\"}}\n",
                        written(out -> FORMAT.closing(out, other))));
    }
}
