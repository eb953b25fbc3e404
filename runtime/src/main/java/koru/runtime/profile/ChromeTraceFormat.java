package koru.runtime.profile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Chrome's trace-event format, JSON Object Format (the one {@code chrome://tracing} and Perfetto load):
 * {@code {"traceEvents":[...],"displayTimeUnit":"ns","otherData":{...}}}, one event per line. Times are
 * microseconds with nanosecond fractions, counted from the trace's origin. The runtime depends on the
 * JDK only, so the JSON is written here by hand, straight into {@link TraceBytes}: an event's fixed
 * parts are bytes made once, and every text goes through {@link TraceBytes#escaped} (once per
 * distinct event or branch name, see {@link EscapedTexts}).
 */
final class ChromeTraceFormat {
    private static final byte[] NAME = ascii(",\n{\"name\":\"");
    private static final byte[] BETWEEN_SOURCE_AND_BRANCH = ascii(" | ");
    private static final byte[] PID = ascii("\",\"cat\":\"transition\",\"pid\":");
    private static final byte[] TID = ascii(",\"tid\":");
    private static final byte[] INSTANT = ascii(",\"ph\":\"i\",\"s\":\"t\",\"ts\":");
    private static final byte[] COMPLETE = ascii(",\"ph\":\"X\",\"ts\":");
    private static final byte[] DURATION = ascii(",\"dur\":");
    private static final byte[] SOURCE = ascii(",\"args\":{\"source\":\"");
    private static final byte[] BRANCH = ascii("\",\"branch\":\"");
    private static final byte[] DESTINATION = ascii("\",\"destination\":\"");
    private static final byte[] END = ascii("\"}}");

    private final long originNs;
    private final long pid;
    private final EscapedTexts texts = new EscapedTexts();

    /** The format of one trace: times counted from {@code originNs}, events of process {@code pid}. */
    ChromeTraceFormat(long originNs, long pid) {
        this.originNs = originNs;
        this.pid = pid;
    }

    /** The start of the file, up to and including the first event: the process's name. */
    void opening(TraceBytes out, String processName) {
        out.ascii("{\"traceEvents\":[\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":").number(pid)
                .ascii(",\"args\":{\"name\":").string(processName).ascii("}}");
    }

    /** A metadata ({@code "M"}) event naming a thread, so the viewer labels its track; it starts a new line. */
    void threadName(TraceBytes out, long tid, String name) {
        out.ascii(",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":").number(pid).ascii(",\"tid\":").number(tid)
                .ascii(",\"args\":{\"name\":").string(name).ascii("}}");
    }

    /**
     * A transition, on a new line: {@code source} returned {@code branch} (empty for a void event)
     * towards {@code destination} at {@code atNs} on thread {@code tid}. With a known span, from the
     * thread's previous record at {@code previousNs}, it is a complete ({@code "X"}) event; a thread's
     * first transition ({@code previousNs} is {@link ThreadTrace#NONE}) has nothing to measure from
     * and is an instant ({@code "i"}, thread-scoped) event. Its name is {@code source | branch}, or
     * the source alone for a void event.
     */
    void event(TraceBytes out, String source, String branch, String destination, long tid, long previousNs, long atNs) {
        byte[] sourceText = texts.of(source);
        byte[] branchText = texts.of(branch);
        out.raw(NAME).raw(sourceText);
        if (!branch.isEmpty()) {
            out.raw(BETWEEN_SOURCE_AND_BRANCH).raw(branchText);
        }
        out.raw(PID).number(pid).raw(TID).number(tid);
        if (previousNs == ThreadTrace.NONE) {
            out.raw(INSTANT).micros(atNs - originNs);
        } else {
            out.raw(COMPLETE).micros(previousNs - originNs).raw(DURATION).micros(atNs - previousNs);
        }
        out.raw(SOURCE).raw(sourceText).raw(BRANCH).raw(branchText).raw(DESTINATION).raw(texts.of(destination)).raw(END);
    }

    private static byte[] ascii(String json) {
        return json.getBytes(StandardCharsets.US_ASCII);
    }

    /** What closes the event array and the object: the display unit, then {@code otherData} (its values written as they are). */
    void closing(TraceBytes out, Map<String, String> otherData) {
        out.ascii("\n],\"displayTimeUnit\":\"ns\",\"otherData\":{");
        String separator = "";
        for (Map.Entry<String, String> entry : otherData.entrySet()) {
            out.ascii(separator).string(entry.getKey()).ascii(":").string(entry.getValue());
            separator = ",";
        }
        out.ascii("}}\n");
    }
}
