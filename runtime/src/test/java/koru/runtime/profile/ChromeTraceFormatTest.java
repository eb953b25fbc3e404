package koru.runtime.profile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChromeTraceFormatTest {
    private static final Thread MAIN = Thread.currentThread();

    @Test
    void microsecondsKeepEveryNanosecond() {
        assertAll(
                () -> assertEquals("0.000", ChromeTraceFormat.micros(0)),
                () -> assertEquals("0.007", ChromeTraceFormat.micros(7)),
                () -> assertEquals("1234.567", ChromeTraceFormat.micros(1_234_567)),
                () -> assertEquals("-1.500", ChromeTraceFormat.micros(-1_500)));
    }

    @Test
    void textIsEscapedAsJsonRequires() {
        assertAll(
                () -> assertEquals("\"plain m:e\"", ChromeTraceFormat.string("plain m:e")),
                () -> assertEquals("\"a\\\"b\\\\c\"", ChromeTraceFormat.string("a\"b\\c")),
                () -> assertEquals("\"\\n\\r\\t\\u0001\\u001f\"", ChromeTraceFormat.string("\n\r\t\u0001\u001f")),
                () -> assertEquals("\"\\ud83d\\ude00 and \\ud800\"", ChromeTraceFormat.string("\ud83d\ude00 and \ud800")),
                () -> assertEquals("\"é\u2028\"", ChromeTraceFormat.string("é\u2028")));
    }

    @Test
    void aTransitionWithAPreviousOneIsACompleteEventFromItToThisOne() {
        Transition transition = new Transition("m:work", "done", "m:show", MAIN, 1_500, 4_250);
        assertEquals("{\"name\":\"m:work | done\",\"cat\":\"transition\",\"pid\":7,\"tid\":" + MAIN.threadId()
                + ",\"ph\":\"X\",\"ts\":0.500,\"dur\":2.750,\"args\":{\"source\":\"m:work\",\"branch\":\"done\",\"destination\":\"m:show\"}}",
                ChromeTraceFormat.event(transition, 1_000, 7));
    }

    @Test
    void aThreadsFirstTransitionIsAnInstantEventAndAVoidEventIsNamedAlone() {
        Transition transition = new Transition("m:show", "", "_", MAIN, Transition.NONE, 3_000);
        assertEquals("{\"name\":\"m:show\",\"cat\":\"transition\",\"pid\":7,\"tid\":" + MAIN.threadId()
                + ",\"ph\":\"i\",\"s\":\"t\",\"ts\":2.000,\"args\":{\"source\":\"m:show\",\"branch\":\"\",\"destination\":\"_\"}}",
                ChromeTraceFormat.event(transition, 1_000, 7));
    }

    @Test
    void metadataNamesThreadsAndTheClosingCarriesOtherData() {
        Thread named = Thread.ofPlatform().name("worker \"1\"").unstarted(() -> { });
        Map<String, String> other = new LinkedHashMap<>();
        other.put("dropped", "3");
        other.put("note", "a\\b");
        assertAll(
                () -> assertEquals("{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":7,\"tid\":" + named.threadId()
                        + ",\"args\":{\"name\":\"worker \\\"1\\\"\"}}", ChromeTraceFormat.threadName(named, 7)),
                () -> assertEquals("\n],\"displayTimeUnit\":\"ns\",\"otherData\":{\"dropped\":\"3\",\"note\":\"a\\\\b\"}}\n",
                        ChromeTraceFormat.closing(other)));
    }
}
