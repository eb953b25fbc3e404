package koru.runtime.profile;

import java.util.Map;

/**
 * Chrome's trace-event format, JSON Object Format (the one {@code chrome://tracing} and Perfetto load):
 * {@code {"traceEvents":[...],"displayTimeUnit":"ns","otherData":{...}}}, one event per line. Times are
 * microseconds with nanosecond fractions, counted from the trace's origin. The runtime depends on the
 * JDK only, so the JSON is written here by hand, straight into {@link TraceBytes}; every text goes
 * through {@link TraceBytes#escaped}.
 */
final class ChromeTraceFormat {
    private final long originNs;
    private final long pid;

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
        out.ascii(",\n{\"name\":\"").escaped(source);
        if (!branch.isEmpty()) {
            out.ascii(" | ").escaped(branch);
        }
        out.ascii("\",\"cat\":\"transition\",\"pid\":").number(pid).ascii(",\"tid\":").number(tid);
        if (previousNs == ThreadTrace.NONE) {
            out.ascii(",\"ph\":\"i\",\"s\":\"t\",\"ts\":").micros(atNs - originNs);
        } else {
            out.ascii(",\"ph\":\"X\",\"ts\":").micros(previousNs - originNs).ascii(",\"dur\":").micros(atNs - previousNs);
        }
        out.ascii(",\"args\":{\"source\":").string(source).ascii(",\"branch\":").string(branch)
                .ascii(",\"destination\":").string(destination).ascii("}}");
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
