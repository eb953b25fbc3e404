package koru.elaborator.parse;

import java.util.ArrayList;
import java.util.List;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.Span;

/**
 * Cuts a source file into chunks by the line rules of LANGUAGE.md A1 and Part D: a line whose
 * first non-blank character is {@code ~} starts a construct; {@code |} lines, {@code where} lines,
 * lines inside open brackets and the line after a trailing {@code |>} or {@code =} continue it;
 * every other line is host text. Proc bodies (balanced Java braces) and test blocks are cut out
 * here because their insides are not Koru expressions.
 */
final class Layout {
    /** Deeper bracket nesting than this is refused before parsing, so no pass can overflow its stack. */
    static final int MAX_NESTING = 256;

    private final SourceFile file;
    private final String text;
    private final Diagnostics diagnostics;

    private Layout(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.text = file.text();
        this.diagnostics = diagnostics;
    }

    static List<Chunk> chunksOf(SourceFile file, Diagnostics diagnostics) {
        Layout layout = new Layout(file, diagnostics);
        layout.reportLoneCarriageReturn();
        return layout.chunks(1, file.lineCount() + 1, false);
    }

    /** Lines end at {@code \n} or {@code \r\n}; a lone {@code \r} (old Mac line ends) is not a line break. */
    private void reportLoneCarriageReturn() {
        int at = text.indexOf('\r');
        while (at >= 0 && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
            at = text.indexOf('\r', at + 2);
        }
        if (at >= 0 && at + 1 < text.length()) {
            diagnostics.report(Diagnostic.error(Code.KORU011, new Span(file, at, at + 1),
                            "a carriage return without a line feed is not a line break")
                    .withHint("save the file with `\\n` or `\\r\\n` line endings"));
        }
    }

    /** Chunks of lines {@code [firstLine, endLine)}; inside a test block host lines are not allowed. */
    private List<Chunk> chunks(int firstLine, int endLine, boolean insideTest) {
        List<Chunk> chunks = new ArrayList<>();
        int line = firstLine;
        while (line < endLine) {
            String content = file.lineText(line);
            String trimmed = content.strip();
            if (trimmed.isEmpty()) {
                line++;
            } else if (trimmed.startsWith("|")) {
                reportStrayContinuation(line, trimmed);
                line++;
            } else if (trimmed.startsWith("~")) {
                line = construct(line, endLine, chunks);
            } else if (insideTest && !trimmed.startsWith("//")) {
                diagnostics.report(Diagnostic.error(Code.KORU011, lineSpan(line),
                                "a test block holds only mocks and a flow, each starting with `~`")
                        .withHint("move host code out of the `~test` block"));
                line++;
            } else {
                if (!insideTest) {
                    chunks.add(new Chunk.Host(new Span(file, file.lineStart(line), file.lineEnd(line))));
                }
                line++;
            }
        }
        return chunks;
    }

    private void reportStrayContinuation(int line, String trimmed) {
        int at = file.lineStart(line) + file.lineText(line).indexOf('|');
        Span span = new Span(file, at, at + (trimmed.startsWith("|>") ? 2 : 1));
        if (trimmed.startsWith("|>")) {
            diagnostics.report(Diagnostic.error(Code.KORU010, span, "`|>` cannot start a line")
                    .withHint("put the step after `|>` on the handler's own line, or chain void events on one line: `~a() |> b()`"));
        } else {
            diagnostics.report(Diagnostic.error(Code.KORU010, span, "continuation line without a Koru construct to continue")
                    .withHint("a `|` line continues the `~` construct above it; check for a missing `~` line or an extra blank line"));
        }
    }

    /** Reads the construct starting at {@code line}; returns the first line after it. */
    private int construct(int line, int endLine, List<Chunk> chunks) {
        int tilde = file.lineStart(line) + file.lineText(line).indexOf('~');
        String head = afterAnnotations(tilde + 1);
        if (head.startsWith("proc") && !isIdentChar(head, 4)) {
            return proc(line, tilde, chunks);
        }
        if (head.startsWith("test(") || head.startsWith("test (")) {
            return test(line, endLine, tilde, chunks);
        }
        boolean declaration = startsWithWord(head, "event") || startsWithWord(head, "pub")
                || startsWithWord(head, "type") || startsWithWord(head, "import");
        return koruConstruct(line, endLine, declaration, chunks);
    }

    private int koruConstruct(int first, int endLine, boolean declaration, List<Chunk> chunks) {
        int depth = 0;
        int last = first;
        int line = first;
        boolean commentReported = false;
        while (true) {
            String code = codeOf(file.lineText(line));
            Nesting nesting = nestingOf(code, depth);
            if (nesting.deepest() > MAX_NESTING) {
                return refuseTooDeep(first, line, nesting.tooDeepAt(), endLine);
            }
            depth += nesting.balance();
            last = line;
            String trimmedCode = code.strip();
            boolean continuesByEnding = trimmedCode.endsWith("|>") || trimmedCode.endsWith("=")
                    && !trimmedCode.endsWith("==") && !trimmedCode.endsWith("<=")
                    && !trimmedCode.endsWith(">=") && !trimmedCode.endsWith("!=");
            int next = line + 1;
            if (next >= endLine) {
                break;
            }
            if (depth > 0 || continuesByEnding) {
                next = nextNonBlank(next, endLine);
                if (next >= endLine || file.lineText(next).strip().startsWith("~")) {
                    break;
                }
                line = next;
                continue;
            }
            if (declaration && file.lineText(next).isBlank()) {
                break; // a blank line ends an event or type declaration; only flows span blank lines
            }
            int candidate = nextNonBlank(next, endLine);
            int code2 = candidate;
            boolean sawComment = false;
            while (code2 < endLine && (file.lineText(code2).strip().startsWith("//") || file.lineText(code2).isBlank())) {
                sawComment |= file.lineText(code2).strip().startsWith("//");
                code2++;
            }
            if (code2 >= endLine) {
                break;
            }
            String nextTrimmed = file.lineText(code2).strip();
            boolean continues = (nextTrimmed.startsWith("|") && !nextTrimmed.startsWith("|>"))
                    || startsWithWord(nextTrimmed, "where");
            if (nextTrimmed.startsWith("|>")) {
                reportStrayContinuation(code2, nextTrimmed);
                continues = false;
                chunks.add(new Chunk.Construct(constructSpan(first, last)));
                return code2 + 1;
            }
            if (!continues) {
                break;
            }
            if (sawComment && !declaration && !commentReported) {
                int commentLine = candidate;
                while (!file.lineText(commentLine).strip().startsWith("//")) {
                    commentLine++;
                }
                diagnostics.report(Diagnostic.error(Code.KORU010, lineSpan(commentLine),
                                "a comment line cannot split a flow from its handlers or separate sibling handlers")
                        .withHint("move the comment to the end of a line (`| ok x |> f(x) // why`) or above the flow"));
                commentReported = true;
            }
            line = code2;
        }
        chunks.add(new Chunk.Construct(constructSpan(first, last)));
        return last + 1;
    }

    private int refuseTooDeep(int first, int line, int column, int endLine) {
        int at = file.lineStart(line) + column;
        diagnostics.report(Diagnostic.error(Code.KORU011, new Span(file, at, at + 1),
                        "brackets are nested more than " + MAX_NESTING + " levels deep")
                .withHint("split the expression with intermediate events or bindings"));
        int after = line + 1;
        while (after < endLine && !file.lineText(after).strip().startsWith("~")) {
            after++;
        }
        return Math.max(after, first + 1);
    }

    /** {@code ~proc name|java(v) { body }}: the body is Java, matched brace for brace. */
    private int proc(int line, int tilde, List<Chunk> chunks) {
        int open = text.indexOf('{', tilde);
        int lineEnd = file.lineEnd(line);
        if (open < 0 || open > lineEnd || !text.substring(tilde, open).chars().noneMatch(c -> c == '\n')) {
            Span span = new Span(file, tilde, lineEnd);
            diagnostics.report(Diagnostic.error(Code.KORU011, span, "a proc needs a `{ … }` body on its first line")
                    .withHint("write `~proc name|java { return done(x); }`; an `=` body is only for subflows"));
            return line + 1;
        }
        int close = JavaBraces.matching(text, open);
        if (close < 0) {
            diagnostics.report(Diagnostic.error(Code.KORU011, new Span(file, open, open + 1),
                            "the proc body's `{` is never closed")
                    .withHint("balance the braces of the Java body (strings, chars and comments are skipped)"));
            return file.lineCount() + 1;
        }
        Span header = new Span(file, file.lineStart(line), open);
        Span body = new Span(file, open + 1, close);
        int lastLine = file.lineOf(close);
        String rest = text.substring(close + 1, file.lineEnd(lastLine));
        if (!codeOf(rest).isBlank()) {
            diagnostics.report(Diagnostic.error(Code.KORU011, new Span(file, close + 1, file.lineEnd(lastLine)),
                    "unexpected text after the proc body's closing `}`"));
        }
        chunks.add(new Chunk.Proc(header, body, new Span(file, file.lineStart(line), close + 1)));
        return lastLine + 1;
    }

    /** {@code ~test(free text) {} … a line holding only {@code }}}. */
    private int test(int line, int endLine, int tilde, List<Chunk> chunks) {
        int open = text.indexOf('(', tilde);
        int close = matchingParen(open, file.lineEnd(line));
        String afterTitle = close < 0 ? "" : text.substring(close + 1, file.lineEnd(line)).strip();
        if (close < 0 || !afterTitle.equals("{")) {
            diagnostics.report(Diagnostic.error(Code.KORU011, new Span(file, tilde, file.lineEnd(line)),
                            "a test is written `~test(what it shows) {` with the block on the following lines")
                    .withHint("end the first line with `{` and close the block with a line holding only `}`"));
            return line + 1;
        }
        int end = line + 1;
        while (end < endLine && !file.lineText(end).strip().equals("}")) {
            end++;
        }
        if (end >= endLine) {
            diagnostics.report(Diagnostic.error(Code.KORU011, new Span(file, close + 1, file.lineEnd(line)),
                            "the test block is never closed")
                    .withHint("close it with a line holding only `}`"));
            return endLine;
        }
        Span title = new Span(file, open + 1, close);
        List<Chunk> body = chunks(line + 1, end, true);
        chunks.add(new Chunk.Test(title, body, new Span(file, file.lineStart(line), file.lineEnd(end))));
        return end + 1;
    }

    private int matchingParen(int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text after {@code ~} and an optional {@code [annotations]} block, on the same line. */
    private String afterAnnotations(int from) {
        int end = file.lineEnd(file.lineOf(from));
        int i = from;
        if (i < end && text.charAt(i) == '[') {
            int close = text.indexOf(']', i);
            i = close < 0 || close > end ? end : close + 1;
        }
        return text.substring(i, end).stripLeading();
    }

    private int nextNonBlank(int line, int endLine) {
        while (line < endLine && file.lineText(line).isBlank()) {
            line++;
        }
        return line;
    }

    private Span constructSpan(int first, int last) {
        return new Span(file, file.lineStart(first), file.lineEnd(last));
    }

    private Span lineSpan(int line) {
        String content = file.lineText(line);
        int indent = content.length() - content.stripLeading().length();
        return new Span(file, file.lineStart(line) + indent, file.lineEnd(line));
    }

    private static boolean startsWithWord(String s, String word) {
        return s.startsWith(word) && !isIdentChar(s, word.length());
    }

    private static boolean isIdentChar(String s, int index) {
        return index < s.length() && (Character.isLetterOrDigit(s.charAt(index)) || s.charAt(index) == '_');
    }

    /** The line without its {@code //} comment; string literals are respected. */
    static String codeOf(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /**
     * How a line changes bracket nesting: its net balance, the deepest level it reaches, and the
     * index of the first bracket that goes deeper than {@link #MAX_NESTING} (-1 if none does).
     */
    record Nesting(int balance, int deepest, int tooDeepAt) {
    }

    /** Brackets of a comment-free Koru line that starts at nesting {@code depth}, strings skipped. */
    static Nesting nestingOf(String code, int depth) {
        int level = depth;
        int deepest = depth;
        int tooDeepAt = -1;
        boolean inString = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '(', '[', '{' -> {
                    deepest = Math.max(deepest, ++level);
                    if (level > MAX_NESTING && tooDeepAt < 0) {
                        tooDeepAt = i;
                    }
                }
                case ')', ']', '}' -> level--;
                default -> { }
            }
        }
        return new Nesting(level - depth, deepest, tooDeepAt);
    }
}
