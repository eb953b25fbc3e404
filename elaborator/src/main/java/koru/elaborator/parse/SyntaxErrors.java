package koru.elaborator.parse;

import java.util.ArrayList;
import java.util.List;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.Span;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into KORU011 diagnostics worded in Koru's terms ("expected a name,
 * found `)`"). Only the first error of a construct is reported: later ones are mostly echoes.
 */
final class SyntaxErrors extends BaseErrorListener {
    private final SourceFile file;
    private final int base;
    private final Diagnostics diagnostics;
    private boolean any;

    SyntaxErrors(SourceFile file, int base, Diagnostics diagnostics) {
        this.file = file;
        this.base = base;
        this.diagnostics = diagnostics;
    }

    boolean any() {
        return any;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String message,
            RecognitionException e) {
        if (any) {
            return;
        }
        any = true;
        if (offendingSymbol instanceof Token token && recognizer instanceof Parser parser) {
            diagnostics.report(parserError(token, expected(parser)));
        } else {
            diagnostics.report(lexerError(line, column));
        }
    }

    private Diagnostic parserError(Token token, String expected) {
        int start = base + Math.max(0, token.getStartIndex());
        int end = token.getType() == Token.EOF ? start : base + token.getStopIndex() + 1;
        Span span = new Span(file, Math.min(start, file.text().length()), Math.min(Math.max(start, end), file.text().length()));
        String found = token.getType() == Token.EOF ? "the end of the construct" : "`" + token.getText() + "`";
        Diagnostic diagnostic = Diagnostic.error(Code.KORU011, span, "expected " + expected + ", found " + found);
        if (token.getType() == KoruLexer.PIPE_ARROW) {
            return diagnostic.withHint("a handler is written `| branch binding |> step`");
        }
        if (token.getType() == KoruLexer.UNKNOWN) {
            return diagnostic.withHint("this character has no meaning in Koru outside strings and proc bodies");
        }
        return diagnostic;
    }

    private Diagnostic lexerError(int line, int column) {
        int lineStart = file.lineStart(file.lineOf(base) + line - 1);
        int offset = Math.min(lineStart + column, file.text().length());
        Span span = new Span(file, offset, Math.min(offset + 1, file.text().length()));
        boolean quote = offset < file.text().length() && file.text().charAt(offset) == '"';
        return quote
                ? Diagnostic.error(Code.KORU011, span, "this string is not closed on its line")
                        .withHint("close it with `\"`; strings use Java escapes such as `\\n` and `\\\"`")
                : Diagnostic.error(Code.KORU011, span, "unexpected character");
    }

    /** The expected tokens at the error, named for a reader, e.g. "`)` or a name". */
    private static String expected(Parser parser) {
        IntervalSet set;
        try {
            set = parser.getExpectedTokens();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "something else";
        }
        List<String> names = new ArrayList<>();
        for (int type : set.toList()) {
            String name = describe(parser, type);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return "something else";
        }
        if (names.size() > 6) {
            return String.join(", ", names.subList(0, 6)) + " or …";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String describe(Parser parser, int type) {
        return switch (type) {
            case Token.EOF -> "the end of the construct";
            case KoruLexer.ID, KoruLexer.TYPE, KoruLexer.TAP, KoruLexer.CONST -> "a name";
            case KoruLexer.INT -> "an integer";
            case KoruLexer.STRING -> "a string";
            case KoruParser.LINE_PIPE -> "a `|` line";
            default -> {
                String literal = parser.getVocabulary().getLiteralName(type);
                yield literal == null ? parser.getVocabulary().getDisplayName(type) : "`" + literal.replace("'", "") + "`";
            }
        };
    }
}
