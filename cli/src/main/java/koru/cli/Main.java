package koru.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@code koru} executable: runs the command line on a thread with a large stack and exits with its code. */
public final class Main {
    /**
     * Stack size of the worker thread. The front end recurses over the nesting of flows and
     * expressions; the main thread's default stack (usually 8 MB) overflows on deep programs, and
     * only the address space is reserved up front, so a generous size costs nothing.
     */
    private static final long STACK_BYTES = 512L << 20;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Sources are UTF-8 and diagnostics quote them, so both streams are UTF-8 whatever the locale says.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        AtomicInteger exitCode = new AtomicInteger(ExitCode.USAGE_OR_IO_ERROR);
        Thread worker = new Thread(null, () -> exitCode.set(Koru.run(args, out, err)), "koru", STACK_BYTES);
        worker.start();
        worker.join();
        out.flush();
        err.flush();
        System.exit(exitCode.get());
    }
}
