package koru.elaborator.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random Koru programs that follow the grammar: events with every branch shape, subflows,
 * Java procs, top-level flows with nested handlers, labels and jumps, and B3 expressions. The
 * programs are syntactically valid; they need not type-check (names may be unknown), since the
 * fuzzer only asks that elaboration answers with diagnostics.
 */
final class ProgramGenerator {
    private static final String[] TYPES = {"u8", "u64", "i32", "bool", "[]const u8", "Map<u64, u64>", "*File[open]"};
    private static final String[] BINARY = {"+", "-", "*", "/", "%", "++", "<", "<=", "==", "!=", "&&", "||"};

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private final List<String> events = new ArrayList<>();

    private ProgramGenerator(Random random) {
        this.random = random;
    }

    static String program(long seed) {
        ProgramGenerator generator = new ProgramGenerator(new Random(seed));
        generator.items(1 + generator.random.nextInt(8));
        return generator.out.toString();
    }

    private void items(int count) {
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> event();
                case 2 -> subflow();
                case 3 -> proc();
                case 4 -> flow();
                default -> out.append(random.nextBoolean() ? "import java.util.List;\n" : "// a comment line\n");
            }
            out.append('\n');
        }
    }

    private String name(String prefix) {
        return prefix + random.nextInt(5);
    }

    private String event() {
        String name = name("ev");
        events.add(name);
        out.append(random.nextBoolean() ? "~pub event " : "~event ").append(name).append(" { ");
        int fields = random.nextInt(3);
        for (int i = 0; i < fields; i++) {
            out.append(i == 0 ? "" : ", ").append("f").append(i).append(": ").append(type());
        }
        out.append(" }");
        if (random.nextInt(4) == 0) {
            out.append(" where ").append(expr(2));
        }
        out.append('\n');
        int branches = random.nextInt(4);
        for (int i = 0; i < branches; i++) {
            out.append("| ").append(random.nextInt(5) == 0 ? "?" : "").append("b").append(i);
            switch (random.nextInt(3)) {
                case 0 -> out.append(' ').append(type());
                case 1 -> out.append(" { x: ").append(type()).append(", y: ").append(type()).append(" }");
                default -> { }
            }
            if (random.nextInt(4) == 0) {
                out.append(" where ").append(expr(2));
            }
            out.append('\n');
        }
        return name;
    }

    private String type() {
        return TYPES[random.nextInt(TYPES.length)];
    }

    private void subflow() {
        out.append('~').append(name("ev")).append(" = ");
        if (random.nextBoolean()) {
            out.append("b").append(random.nextInt(3)).append(' ').append(expr(3)).append('\n');
        } else {
            if (random.nextBoolean()) {
                out.append("\n    ");
            }
            invocation();
            out.append('\n');
            handlers(1, 0, true);
        }
    }

    private void proc() {
        out.append("~proc ").append(name("ev"));
        switch (random.nextInt(3)) {
            case 0 -> out.append("|java");
            case 1 -> out.append("|java(v").append(random.nextInt(3)).append(')');
            default -> { }
        }
        out.append(" {\n")
                .append("    String s = \"}\"; char c = '{'; // }\n")
                .append("    if (s.isEmpty()) { return; }\n")
                .append("}\n");
    }

    private void flow() {
        out.append('~');
        if (random.nextInt(4) == 0) {
            out.append("#loop").append(random.nextBoolean() ? "[where " + expr(1) + "] " : " ");
        }
        invocation();
        while (random.nextInt(4) == 0) {
            out.append(" |> ");
            invocation();
        }
        out.append('\n');
        handlers(1 + random.nextInt(3), 0, false);
    }

    private void invocation() {
        out.append(random.nextInt(6) == 0 ? "mod:" : "").append(name("ev")).append('(');
        int args = random.nextInt(3);
        for (int i = 0; i < args; i++) {
            out.append(i == 0 ? "" : ", ");
            switch (random.nextInt(3)) {
                case 0 -> out.append("f").append(i).append(": ").append(expr(3));
                case 1 -> out.append("d.f").append(i);
                default -> out.append(expr(2));
            }
        }
        out.append(')');
    }

    private void handlers(int count, int indent, boolean subflow) {
        for (int i = 0; i < count; i++) {
            out.append(" ".repeat(indent)).append(random.nextInt(8) == 0 ? "|?" : "| b" + random.nextInt(3));
            if (random.nextBoolean()) {
                out.append(random.nextBoolean() ? " d" : " _");
            }
            if (random.nextInt(5) == 0) {
                out.append(" when ").append(expr(2));
            }
            out.append(" |> ");
            int kind = random.nextInt(indent >= 8 ? 3 : 5);
            switch (kind) {
                case 0 -> out.append("_\n");
                case 1 -> out.append(subflow ? "b" + random.nextInt(3) + " " + expr(2) : "@loop(i: 1)").append('\n');
                case 2 -> {
                    invocation();
                    out.append('\n');
                }
                default -> {
                    invocation();
                    out.append('\n');
                    handlers(1 + random.nextInt(2), indent + 4, subflow);
                }
            }
        }
    }

    private String expr(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return switch (random.nextInt(7)) {
                case 0 -> Integer.toString(random.nextInt(1_000));
                case 1 -> random.nextBoolean() ? "true" : "false";
                case 2 -> "\"t\\n" + random.nextInt(9) + "\"";
                case 3 -> "in.f" + random.nextInt(2);
                case 4 -> "d.x";
                case 5 -> "Color.red";
                default -> "f" + random.nextInt(2);
            };
        }
        return switch (random.nextInt(6)) {
            case 0 -> (random.nextBoolean() ? "!" : "-") + expr(depth - 1);
            case 1 -> "(" + expr(depth - 1) + ")";
            case 2 -> "len(" + expr(depth - 1) + ")";
            case 3 -> "{ a: " + expr(depth - 1) + ", b: " + expr(depth - 1) + " }";
            case 4 -> "m[" + expr(depth - 1) + "]";
            default -> binary(depth);
        };
    }

    /** Comparisons are non-associative (Part D), so a generated one is parenthesised. */
    private String binary(int depth) {
        String op = BINARY[random.nextInt(BINARY.length)];
        String text = expr(depth - 1) + " " + op + " " + expr(depth - 1);
        return op.startsWith("<") || op.startsWith("=") || op.startsWith("!") ? "(" + text + ")" : text;
    }
}
