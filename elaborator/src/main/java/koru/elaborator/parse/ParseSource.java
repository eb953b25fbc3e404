package koru.elaborator.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.Span;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses one source file: the Layout pass cuts it into chunks, ANTLR parses each construct
 * (SLL first, full LL only when SLL fails, as the ALL(*) paper advises), and the builders make AST
 * items. A construct with a syntax error is reported (KORU011) and left out; parsing goes on with
 * the next construct, so one run reports every broken construct.
 */
public final class ParseSource {
    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final KoruLexer lexer = new KoruLexer(CharStreams.fromString(""));
    private final KoruParser parser = new KoruParser(new CommonTokenStream(lexer));

    private ParseSource(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
    }

    /** Below this many chunks a file is parsed on the calling thread: forking would cost more than it saves. */
    private static final int CHUNKS_PER_SLICE = 512;

    /**
     * Constructs are independent once Layout has cut them, so a large file is parsed in slices on
     * all cores, each slice with its own lexer, parser and diagnostics; items and diagnostics are
     * put back together in source order, so the result does not depend on the schedule.
     */
    public static SourceUnit parse(SourceFile file, Diagnostics diagnostics) {
        List<Chunk> chunks = Layout.chunksOf(file, diagnostics);
        int slices = Math.min(Runtime.getRuntime().availableProcessors(), 1 + chunks.size() / CHUNKS_PER_SLICE);
        List<Slice> parsed = IntStream.range(0, slices).parallel()
                .mapToObj(i -> parseSlice(file, chunks.subList(i * chunks.size() / slices, (i + 1) * chunks.size() / slices)))
                .toList();
        List<Item> items = new ArrayList<>(chunks.size());
        for (Slice slice : parsed) {
            items.addAll(slice.items());
            slice.diagnostics().sorted().forEach(diagnostics::report);
        }
        return new SourceUnit(file, SourceUnit.Kind.ofFileName(file.displayPath()), items);
    }

    private record Slice(List<Item> items, Diagnostics diagnostics) {
    }

    private static Slice parseSlice(SourceFile file, List<Chunk> chunks) {
        Diagnostics diagnostics = new Diagnostics();
        return new Slice(new ParseSource(file, diagnostics).items(chunks), diagnostics);
    }

    private List<Item> items(List<Chunk> chunks) {
        List<Item> items = new ArrayList<>(chunks.size());
        for (Chunk chunk : chunks) {
            switch (chunk) {
                case Chunk.Host host -> items.add(new Item.HostLine(host.line().text(), host.line()));
                case Chunk.Construct construct -> construct(construct.text()).ifPresent(items::add);
                case Chunk.Proc proc -> parseConstruct(proc.header())
                        .flatMap(tree -> builder(proc.header()).proc(tree, proc.body(), proc.whole()))
                        .ifPresent(items::add);
                case Chunk.Test test -> items.add(new Item.Test(
                        test.title().text().strip(), test.title(), items(test.body()), test.whole()));
            }
        }
        return items;
    }

    private Optional<Item> construct(Span text) {
        return parseConstruct(text).flatMap(tree -> builder(text).item(tree));
    }

    private BuildAst builder(Span text) {
        return new BuildAst(file, text.start(), diagnostics);
    }

    /**
     * The parser recurses once per prefix operator in a run ({@code !!!x}) and once per {@code ==>}
     * ({@code a ==> b ==> c} associates right); more than {@link Layout#MAX_NESTING} of either is
     * refused here, before it could overflow the parser's stack (brackets are bounded by Layout).
     */
    private boolean withinRecursionBound(List<Token> tokens, int base) {
        int run = 0;
        int implications = 0;
        for (Token token : tokens) {
            int type = token.getType();
            run = type == KoruLexer.BANG || type == KoruLexer.MINUS ? run + 1 : 0;
            implications += type == KoruLexer.IMPLIES ? 1 : 0;
            if (run > Layout.MAX_NESTING || implications > Layout.MAX_NESTING) {
                int at = base + token.getStartIndex();
                diagnostics.report(Diagnostic.error(Code.KORU011, new Span(file, at, at + token.getText().length()),
                                "this expression is nested more than %d levels deep".formatted(Layout.MAX_NESTING))
                        .withHint("split it with intermediate events or bindings"));
                return false;
            }
        }
        return true;
    }

    /** The parse tree of the construct at {@code text}, or empty after reporting its first syntax error. */
    private Optional<KoruParser.ConstructContext> parseConstruct(Span text) {
        SyntaxErrors errors = new SyntaxErrors(file, text.start(), diagnostics);
        lexer.setInputStream(CharStreams.fromString(file.text().substring(text.start(), text.end())));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        if (!withinRecursionBound(tokens.getTokens(), text.start())) {
            return Optional.empty();
        }
        parser.setTokenStream(tokens);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            KoruParser.ConstructContext tree = parser.construct();
            return errors.any() ? Optional.empty() : Optional.of(tree);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(errors);
            try {
                KoruParser.ConstructContext tree = parser.construct();
                return errors.any() ? Optional.empty() : Optional.of(tree);
            } finally {
                parser.removeErrorListeners();
            }
        }
    }
}
