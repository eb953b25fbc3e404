package koru.proofs.report;

import java.io.IOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code --report md}: a Markdown summary for CI job summaries (GitHub's {@code $GITHUB_STEP_SUMMARY},
 * GitLab's and others' Markdown views). The run's counts, then per program its outcome, how long
 * solving took and what the proof cache answered, a table per module (kind, location, status,
 * description), and for each failure its counterexample and a Mermaid flowchart of the path taken to
 * it, ending in the failing obligation.
 */
public final class MarkdownReport implements ReportWriter {
    @Override
    public void write(ProofReport report, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(report.tool().name()).append(" verify: ").append(summary(report.counts())).append("\n");
        for (ProgramReport program : report.programs()) {
            md.append("\n### `").append(program.entry()).append("`: ").append(program.outcome().key().replace('_', ' '));
            md.append(program.problems().isEmpty() ? " (" + summary(program.counts()) + ")" : "").append("\n");
            program.solving().ifPresent(solving -> md.append('\n').append(solving(solving)).append('\n'));
            for (Problem problem : program.problems()) {
                md.append("\n- ").append(problem.code().map(c -> "**" + c + "** ").orElse(""))
                        .append(problem.location().map(l -> "`" + l.position() + "` ").orElse(""))
                        .append(cell(problem.message())).append("\n");
            }
            for (ModuleReport module : program.modules()) {
                writeModule(module, md);
            }
        }
        out.write(md.toString());
    }

    private static void writeModule(ModuleReport module, StringBuilder md) {
        md.append("\n#### `").append(module.file()).append("`\n\n");
        if (module.results().isEmpty()) {
            md.append("Nothing to prove in this file.\n");
            return;
        }
        md.append("| kind | location | status | description |\n|---|---|---|---|\n");
        for (Result result : module.results()) {
            md.append("| ").append(result.kind().key())
                    .append(" | `").append(result.location().startLine()).append(':').append(result.location().startColumn())
                    .append("` | ").append(result.status() == Status.FAILED ? "**failed**" : result.status().key().replace('_', ' '))
                    .append(" | ").append(cell(result.code().map(c -> c + ": ").orElse("") + result.message()))
                    .append(" |\n");
        }
        for (Result result : module.results()) {
            if (result.status() == Status.FAILED) {
                writeFailure(result, md);
            }
        }
    }

    private static void writeFailure(Result result, StringBuilder md) {
        md.append("\n**").append(result.code().orElse(result.kind().key())).append(" at `").append(result.location().position())
                .append("`**: ").append(cell(result.message())).append("\n");
        result.counterexample().ifPresent(c -> md.append("\ncounterexample: `").append(c.replace("`", "'")).append("`\n"));
        md.append("\n```mermaid\nflowchart TD\n");
        List<Step> path = result.path();
        for (int i = 0; i < path.size(); i++) {
            Step step = path.get(i);
            md.append("    s").append(i).append("[\"").append(label("`" + step.construct() + "` (line " + step.location().startLine() + ")"))
                    .append("\"] -->|").append(label(step.taken())).append("| ").append(i + 1 < path.size() ? "s" + (i + 1) : "failed").append('\n');
        }
        md.append("    failed([\"").append(label(result.code().orElse(result.kind().key()) + " at line " + result.location().startLine()
                + ": " + result.kind().title() + " fails")).append("\"])\n");
        md.append("    style failed fill:#fdd,stroke:#c00\n```\n");
    }

    /** {@code Solved in 0.412 s; proof cache: 9 hits, 1 miss.} */
    private static String solving(Solving solving) {
        return "Solved in " + Seconds.of(solving.time()).setScale(3, RoundingMode.HALF_UP).toPlainString() + " s"
                + solving.cache().map(c -> "; proof cache: " + counted(c.hits(), "hit", "hits") + ", " + counted(c.misses(), "miss", "misses"))
                        .orElse("") + ".";
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String summary(Counts counts) {
        return counts.proven() + " proven, " + counts.failed() + " failed, " + counts.unknown() + " unknown"
                + (counts.notVerified() > 0 ? ", " + counts.notVerified() + " not verified yet" : "")
                + (counts.assumed() > 0 ? ", " + counts.assumed() + " assumed" : "");
    }

    /** Text inside a table cell: one line, and a {@code |} that does not end the cell. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** Text inside a Mermaid label: Mermaid's entity codes for what would end the label or start Markdown. */
    private static String label(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"', '`', '|', '<', '>', '#', '[', ']', '{', '}', '(', ')' -> out.append('#').append(c).append(';');
                case '\n', '\r' -> out.append(' ');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
