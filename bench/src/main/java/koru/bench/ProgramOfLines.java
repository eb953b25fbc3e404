package koru.bench;

import java.util.Random;

/**
 * A deterministic, realistic Koru program of about a given number of lines: a ledger-like mix of
 * record and enum types, events with contracts and every branch shape, immediate and flow subflows,
 * Java procs, and top-level flows with nested continuations, labels, guards and expressions.
 */
public final class ProgramOfLines {
    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int lines;

    private ProgramOfLines(long seed) {
        this.random = new Random(seed);
    }

    /** About {@code target} lines (never fewer), the same text for the same arguments. */
    public static String of(int target, long seed) {
        ProgramOfLines program = new ProgramOfLines(seed);
        program.line("import java.util.List;");
        program.line("");
        program.line("~type Kind = deposit | withdrawal | fee");
        program.line("~type Account { id: u64, balance: u64, owner: []const u8 } where balance < 1_000_000_000");
        program.line("");
        for (int module = 0; program.lines < target; module++) {
            program.module(module);
        }
        return program.out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
        lines++;
    }

    private void module(int n) {
        String e = "transfer" + n;
        line("~pub event " + e + " { from: u64, to: u64, amount: u64, memo: []const u8 } where amount > 0 && from != to");
        line("| ok { from: u64, to: u64 } where from == in.from - in.amount");
        line("| insufficient u64 where insufficient == in.amount - in.from");
        line("| ?audit []const u8");
        line("");
        line("~event check" + n + " { amount: u64 }");
        line("| small u64");
        line("| large u64");
        line("");
        line("~check" + n + " = if(amount < " + (100 + random.nextInt(900)) + ")");
        line("| then |> small amount");
        line("| else |> large amount * " + (2 + random.nextInt(7)) + " / 2");
        line("");
        line("~proc " + e + "|java {");
        line("    if (amount > from) { return insufficient(amount - from); }");
        line("    String note = \"moved } \" + memo; // braces in strings and comments: { }");
        line("    return ok(from - amount, to + amount);");
        line("}");
        line("");
        line("~event show" + n + " { text: []const u8 }");
        line("");
        int a = random.nextInt(10_000);
        line("~#loop" + n + "[where amount <= " + (a + 10) + "] check" + n + "(amount: " + a + ")");
        line("| small s |> " + e + "(from: s + 100, to: 7, amount: s, memo: \"small\" ++ s)");
        line("    | ok r |> show" + n + "(text: \"moved \" ++ (r.from + r.to) ++ \" total\")");
        line("    | insufficient short when short > 10 && !(short == 99) |> @loop" + n + "(amount: short - 1)");
        line("    | insufficient _ |> _");
        line("| large l |> show" + n + "(text: \"large \" ++ l % 7 ++ \", fee \" ++ (l * 3 + 1) / 2)");
        line("");
    }
}
