package koru.elaborator.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.Span;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
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

    public static SourceUnit parse(SourceFile file, Diagnostics diagnostics) {
        ParseSource parsing = new ParseSource(file, diagnostics);
        List<Item> items = parsing.items(Layout.chunksOf(file, diagnostics));
        return new SourceUnit(file, SourceUnit.Kind.ofFileName(file.displayPath()), items);
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

    /** The parse tree of the construct at {@code text}, or empty after reporting its first syntax error. */
    private Optional<KoruParser.ConstructContext> parseConstruct(Span text) {
        SyntaxErrors errors = new SyntaxErrors(file, text.start(), diagnostics);
        lexer.setInputStream(CharStreams.fromString(file.text().substring(text.start(), text.end())));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
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
