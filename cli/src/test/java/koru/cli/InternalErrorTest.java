package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A bug in Koru/J must read as one, in two lines and exit 2, never as a stack trace. */
class InternalErrorTest {
    @Command(name = "throws-exception")
    static final class ThrowsException implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the impossible happened");
        }
    }

    @Command(name = "throws-error")
    static final class ThrowsError implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }

    private static List<String> stderrOf(String verb) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine koru = Koru.commandLine(new PrintWriter(out), new PrintWriter(err));
        koru.addSubcommand(new ThrowsException());
        koru.addSubcommand(new ThrowsError());
        assertEquals(2, Koru.execute(koru, new String[] {verb}));
        assertEquals("", out.toString());
        return err.toString().lines().toList();
    }

    @Test
    void anExceptionInACommandIsReportedAsAnInternalError() {
        List<String> err = stderrOf("throws-exception");
        assertAll(
                () -> assertEquals(2, err.size(), err::toString),
                () -> assertEquals("internal error (a bug in Koru/J): java.lang.IllegalStateException: the impossible happened",
                        err.get(0)),
                () -> assertFalse(err.get(1).contains("\tat "), err::toString));
    }

    @Test
    void anErrorSuchAsAStackOverflowIsReportedTheSameWay() {
        List<String> err = stderrOf("throws-error");
        assertAll(
                () -> assertEquals(2, err.size(), err::toString),
                () -> assertEquals("internal error (a bug in Koru/J): java.lang.StackOverflowError", err.get(0)));
    }
}
