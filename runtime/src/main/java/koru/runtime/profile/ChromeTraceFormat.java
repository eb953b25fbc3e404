package koru.runtime.profile;

import java.util.Map;

/**
 * Chrome's trace-event format, JSON Object Format (the one {@code chrome://tracing} and Perfetto load):
 * {@code {"traceEvents":[...],"displayTimeUnit":"ns","otherData":{...}}}. Times are microseconds with
 * nanosecond fractions, counted from the trace's origin. The runtime depends on the JDK only, so the
 * JSON is written here by hand; {@link #string} is the one place text enters it.
 */
final class ChromeTraceFormat {
    static final String OPENING = "{\"traceEvents\":[\n";

    private ChromeTraceFormat() {
    }

    /**
     * A transition with a known span, the thread's previous transition to this one: a complete
     * ({@code "X"}) event; a thread's first transition, with nothing to measure from: an instant
     * ({@code "i"}, thread-scoped) event.
     */
    static String event(Transition transition, long originNs, long pid) {
        String common = "{\"name\":" + string(nameOf(transition)) + ",\"cat\":\"transition\",\"pid\":" + pid
                + ",\"tid\":" + transition.thread().threadId();
        String args = ",\"args\":{\"source\":" + string(transition.source()) + ",\"branch\":" + string(transition.branch())
                + ",\"destination\":" + string(transition.destination()) + "}}";
        if (!transition.hasPrevious()) {
            return common + ",\"ph\":\"i\",\"s\":\"t\",\"ts\":" + micros(transition.atNs() - originNs) + args;
        }
        return common + ",\"ph\":\"X\",\"ts\":" + micros(transition.previousNs() - originNs)
                + ",\"dur\":" + micros(transition.atNs() - transition.previousNs()) + args;
    }

    /** {@code work | done}: the source event and the branch it returned (the event alone when it is void). */
    static String nameOf(Transition transition) {
        return transition.branch().isEmpty() ? transition.source() : transition.source() + " | " + transition.branch();
    }

    /** A metadata ({@code "M"}) event naming a thread, so the viewer labels its track. */
    static String threadName(Thread thread, long pid) {
        return "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + thread.threadId()
                + ",\"args\":{\"name\":" + string(thread.getName()) + "}}";
    }

    /** A metadata event naming the process. */
    static String processName(String name, long pid) {
        return "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":" + pid + ",\"args\":{\"name\":" + string(name) + "}}";
    }

    /** What closes the event array and the object: the display unit, then {@code otherData} (its values written as they are). */
    static String closing(Map<String, String> otherData) {
        StringBuilder json = new StringBuilder("\n],\"displayTimeUnit\":\"ns\",\"otherData\":{");
        String separator = "";
        for (Map.Entry<String, String> entry : otherData.entrySet()) {
            json.append(separator).append(string(entry.getKey())).append(':').append(string(entry.getValue()));
            separator = ",";
        }
        return json.append("}}\n").toString();
    }

    /** {@code ns} nanoseconds as microseconds, exactly: {@code 1234567} is {@code 1234.567}. */
    static String micros(long ns) {
        long magnitude = Math.abs(ns);
        long fraction = magnitude % 1000;
        // Zero-padded by hand: String.format, once per event, made the writer the profiler's bottleneck.
        String padding = fraction < 10 ? "00" : fraction < 100 ? "0" : "";
        return (ns < 0 ? "-" : "") + magnitude / 1000 + "." + padding + fraction;
    }

    /**
     * {@code text} as a JSON string. Quotes, backslashes and control characters are escaped as
     * RFC 8259 requires; so is every surrogate, which keeps a lone one (not UTF-8 encodable) from
     * corrupting the file while a valid pair still reads back as its character.
     */
    static String string(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
