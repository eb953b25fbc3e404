package koru.elaborator.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.Annotation;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Invocation;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Step;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.parse.KoruParser.*;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.Span;

/**
 * Turns the parse tree of one construct into an {@link Item}. Handlers arrive as a flat list;
 * their nesting is rebuilt here from indentation (LANGUAGE.md A4): a handler belongs to the
 * nearest preceding handler with strictly smaller indentation, and siblings share one column.
 */
final class BuildAst {
    private final BuildExpressions expressions;
    private final Diagnostics diagnostics;

    BuildAst(SourceFile file, int base, Diagnostics diagnostics) {
        this.expressions = new BuildExpressions(file, base, diagnostics);
        this.diagnostics = diagnostics;
    }

    /** Thrown to abandon a construct after its diagnostic was reported. */
    static final class Abandon extends RuntimeException {
        Abandon() {
            super(null, null, false, false);
        }
    }

    Optional<Item> item(ConstructContext construct) {
        List<Annotation> annotations = annotations(construct.annotations());
        Span span = expressions.span(construct);
        try {
            return Optional.of(switch (construct.constructBody()) {
                case EventDeclContext event -> event(annotations, event, span);
                case ImportDeclContext imported -> new Item.Import(annotations,
                        JavaEscapes.decode(imported.STRING().getText()), expressions.span(imported.STRING().getSymbol()), span);
                case TypeDeclContext type -> type(annotations, type, span);
                case SubflowDeclContext subflow -> new Item.Subflow(annotations, expressions.path(subflow.path()),
                        withHandlers(subflow.step(), subflow.handler()), span);
                case FlowDeclContext flow -> new Item.Flow(annotations, withHandlers(flow.step(), flow.handler()), span);
                case TapDeclContext tap -> new Item.Tap(endpoint(tap.tapEndpoint(0)),
                        tap.tapEndpoint().size() > 1 ? Optional.of(endpoint(tap.tapEndpoint(1))) : Optional.empty(),
                        handlers(tap.handler()), span);
                case ModuleAnnotationContext ignored -> moduleAnnotation(annotations, span);
                case ProcHeaderContext ignored -> throw new IllegalStateException("procs are built by procHeader");
                default -> throw new IllegalStateException("unexpected construct");
            });
        } catch (Abandon abandoned) {
            return Optional.empty();
        }
    }

    /** A proc: the header was parsed, the body is opaque text cut out by the Layout pass. */
    Optional<Item> proc(ConstructContext construct, Span body, Span whole) {
        if (!(construct.constructBody() instanceof ProcHeaderContext header)) {
            diagnostics.report(Diagnostic.error(Code.KORU011, expressions.span(construct), "expected `~proc event { … }`"));
            return Optional.empty();
        }
        Optional<String> host = header.ident().isEmpty() ? Optional.empty() : Optional.of(header.ident(0).getText());
        Optional<String> variant = header.ident().size() > 1 ? Optional.of(header.ident(1).getText()) : Optional.empty();
        return Optional.of(new Item.Proc(annotations(construct.annotations()), expressions.path(header.path()),
                host, variant, body.text(), body, whole));
    }

    private Item moduleAnnotation(List<Annotation> annotations, Span span) {
        if (annotations.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.KORU011, span, "`~` must be followed by a construct")
                    .withHint("write an event, proc, subflow, flow, type, import or tap after `~`"));
            throw new Abandon();
        }
        return new Item.ModuleAnnotation(annotations, span);
    }

    private List<Annotation> annotations(AnnotationsContext context) {
        if (context == null) {
            return List.of();
        }
        return context.annotation().stream()
                .map(a -> new Annotation(a.getText(), expressions.span(a)))
                .toList();
    }

    // ------------------------------------------------------------ declarations

    private Item event(List<Annotation> annotations, EventDeclContext event, Span span) {
        List<BranchDecl> branches = event.branchDecl().stream().map(this::branch).toList();
        return new Item.Event(annotations, event.PUB() != null, expressions.path(event.path()),
                fields(event.shape()), where(event.whereClause()), branches, span);
    }

    private BranchDecl branch(BranchDeclContext branch) {
        Payload payload;
        if (branch.payload() == null) {
            payload = new Payload.None();
        } else if (branch.payload().shape() != null) {
            payload = new Payload.Struct(fields(branch.payload().shape()), expressions.span(branch.payload()));
        } else {
            payload = new Payload.Identity(expressions.type(branch.payload().typeRef()));
        }
        return new BranchDecl(branch.ident().getText(), expressions.span(branch.ident()), branch.QUESTION() != null,
                payload, where(branch.whereClause()), expressions.span(branch));
    }

    private Item type(List<Annotation> annotations, TypeDeclContext type, Span span) {
        IdentContext name = type.ident(0);
        Item.TypeBody body;
        if (type.shape() != null) {
            body = new Item.TypeBody.Record(fields(type.shape()), where(type.whereClause()));
        } else {
            body = new Item.TypeBody.Enum(type.ident().stream().skip(1)
                    .map(v -> new Item.EnumValue(v.getText(), expressions.span(v))).toList());
        }
        return new Item.Type(annotations, name.getText(), expressions.span(name), body, span);
    }

    private List<Field> fields(ShapeContext shape) {
        return shape.field().stream()
                .map(f -> new Field(f.ident().getText(), expressions.span(f.ident()), expressions.type(f.typeRef()),
                        expressions.span(f)))
                .toList();
    }

    private Optional<Expr> where(WhereClauseContext where) {
        return where == null ? Optional.empty() : Optional.of(expressions.expr(where.expr()));
    }

    private Item.TapEndpoint endpoint(TapEndpointContext endpoint) {
        Span span = expressions.span(endpoint);
        return new Item.TapEndpoint(span.text().replaceAll("\\s+", ""), span);
    }

    // ------------------------------------------------------------ flows

    /** A step followed by the handlers written under it, nested by indentation. */
    private Step withHandlers(StepContext step, List<HandlerContext> handlers) {
        return attach(step, handlers(handlers));
    }

    /** Rebuilds the handler tree from columns and returns the top-level handlers. */
    private List<Handler> handlers(List<HandlerContext> flat) {
        int count = flat.size();
        int[] parent = new int[count];
        int[] depth = new int[count];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int column = column(flat.get(i));
            while (!open.isEmpty() && column(flat.get(open.get(open.size() - 1))) >= column) {
                open.remove(open.size() - 1);
            }
            parent[i] = open.isEmpty() ? -1 : open.get(open.size() - 1);
            depth[i] = open.size();
            if (depth[i] > Layout.MAX_NESTING) {
                diagnostics.report(Diagnostic.error(Code.KORU011, expressions.span(flat.get(i)),
                                "continuations are nested more than " + Layout.MAX_NESTING + " levels deep")
                        .withHint("split the flow into subflows"));
                throw new Abandon();
            }
            open.add(i);
        }
        checkSiblingColumns(flat, parent);
        List<List<Integer>> children = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            children.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            (parent[i] < 0 ? roots : children.get(parent[i])).add(i);
        }
        // Build bottom-up: a handler's children all come after it, so reverse order sees them first.
        Handler[] built = new Handler[count];
        for (int i = count - 1; i >= 0; i--) {
            List<Handler> nested = children.get(i).stream().map(c -> built[c]).toList();
            built[i] = handler(flat.get(i), nested);
        }
        return roots.stream().map(r -> built[r]).toList();
    }

    private void checkSiblingColumns(List<HandlerContext> flat, int[] parent) {
        java.util.Map<Integer, Integer> firstColumnOfParent = new java.util.HashMap<>();
        for (int i = 0; i < flat.size(); i++) {
            int column = column(flat.get(i));
            Integer expected = firstColumnOfParent.putIfAbsent(parent[i], column);
            if (expected != null && expected != column) {
                Span pipe = expressions.span(flat.get(i).LINE_PIPE().getSymbol());
                diagnostics.report(Diagnostic.error(Code.KORU010, pipe,
                                "this handler is indented to column %d but its siblings are at column %d"
                                        .formatted(column + 1, expected + 1))
                        .withHint("indent sibling handlers equally; indent further to handle the branches of the step above"));
                throw new Abandon();
            }
        }
    }

    private static int column(HandlerContext handler) {
        return handler.LINE_PIPE().getSymbol().getCharPositionInLine();
    }

    private Handler handler(HandlerContext context, List<Handler> nested) {
        Span span = expressions.span(context);
        if (context.step() == null) {
            diagnostics.report(Diagnostic.error(Code.KORU010, span, "this handler has no step after `|>`")
                    .withHint("write `_` to end the path here, or the invocation to continue with"));
            throw new Abandon();
        }
        Handler.Pattern pattern;
        Optional<Handler.Binding> binding = Optional.empty();
        switch (context.pattern()) {
            case BranchPatternContext branch -> {
                pattern = new Handler.Pattern.Branch(branch.ident(0).getText(), expressions.span(branch.ident(0)));
                if (branch.ident().size() > 1) {
                    binding = Optional.of(binding(branch.ident(1)));
                }
            }
            case CatchAllPatternContext catchAll -> {
                List<IdentContext> words = catchAll.ident();
                Optional<String> metatype = words.size() == 2 ? Optional.of(words.get(0).getText()) : Optional.empty();
                pattern = new Handler.Pattern.CatchAll(metatype, expressions.span(catchAll));
                if (!words.isEmpty()) {
                    binding = Optional.of(binding(words.get(words.size() - 1)));
                }
            }
            default -> throw new IllegalStateException("unexpected pattern");
        }
        Optional<Expr> guard = context.expr() == null ? Optional.empty() : Optional.of(expressions.expr(context.expr()));
        return new Handler(pattern, binding, guard, attach(context.step(), nested), span);
    }

    private Handler.Binding binding(IdentContext ident) {
        return new Handler.Binding(ident.getText(), expressions.span(ident));
    }

    /**
     * Builds a void chain {@code a() |> b() |> c()} and hangs {@code nested} handlers on its last
     * invocation; only invocations can be chained or handled.
     */
    private Step attach(StepContext chain, List<Handler> nested) {
        List<StepAtomContext> atoms = chain.stepAtom();
        Step result = null;
        for (int i = atoms.size() - 1; i >= 0; i--) {
            StepAtomContext atom = atoms.get(i);
            boolean last = i == atoms.size() - 1;
            if (atom instanceof InvokeStepContext invoke) {
                result = new Step.Invoke(label(invoke.labelAnchor()), invocation(invoke.invocation()),
                        Optional.ofNullable(result), last ? nested : List.of(), expressions.span(atom));
            } else if (!last) {
                diagnostics.report(Diagnostic.error(Code.KORU011, expressions.span(atom),
                                "only an invocation can be followed by `|>`")
                        .withHint("`_`, a branch constructor and a jump end the path"));
                throw new Abandon();
            } else {
                if (!nested.isEmpty()) {
                    diagnostics.report(Diagnostic.error(Code.KORU010, nested.get(0).span(),
                                    "handlers can only follow an invocation, and `" + atom.getText() + "` is not one")
                            .withHint("indent this handler like its siblings, or invoke an event above it"));
                    throw new Abandon();
                }
                result = terminal(atom);
            }
        }
        return result;
    }

    private Step terminal(StepAtomContext atom) {
        Span span = expressions.span(atom);
        return switch (atom) {
            case JumpStepContext jump -> new Step.Jump(jump.ident().getText(), expressions.span(jump.ident()),
                    jump.arguments() == null ? List.of() : arguments(jump.arguments()), span);
            case ConstructStepContext construct -> {
                String name = construct.ident().getText();
                if (name.equals("_")) {
                    if (construct.expr() != null) {
                        diagnostics.report(Diagnostic.error(Code.KORU011, span, "`_` ends the path and takes no value"));
                        throw new Abandon();
                    }
                    yield new Step.End(span);
                }
                Optional<Expr> value = construct.expr() == null ? Optional.empty() : Optional.of(expressions.expr(construct.expr()));
                yield new Step.Construct(name, expressions.span(construct.ident()), value, span);
            }
            default -> throw new IllegalStateException("unexpected step");
        };
    }

    private Optional<Step.LabelAnchor> label(LabelAnchorContext anchor) {
        if (anchor == null) {
            return Optional.empty();
        }
        Optional<Expr> invariant = anchor.expr() == null ? Optional.empty() : Optional.of(expressions.expr(anchor.expr()));
        return Optional.of(new Step.LabelAnchor(anchor.ident().getText(), invariant, expressions.span(anchor)));
    }

    private Invocation invocation(InvocationContext invocation) {
        Optional<String> variant = invocation.ident() == null ? Optional.empty() : Optional.of(invocation.ident().getText());
        List<Arg> args = invocation.arguments() == null ? List.of() : arguments(invocation.arguments());
        return new Invocation(expressions.path(invocation.path()), variant, args, expressions.span(invocation));
    }

    private List<Arg> arguments(ArgumentsContext arguments) {
        return arguments.argument().stream().map(this::argument).toList();
    }

    private Arg argument(ArgumentContext argument) {
        Span span = expressions.span(argument);
        return switch (argument) {
            case NamedArgumentContext named -> new Arg(Optional.of(named.ident().getText()),
                    Optional.of(expressions.span(named.ident())), value(named.argumentValue()), Arg.Form.NAMED, span);
            case BareArgumentContext bare -> {
                Expr value = value(bare.argumentValue());
                // `f.file` is shorthand for `file: f.file`; a bare name or any other expression is positional.
                yield value instanceof Expr.Member member
                        ? new Arg(Optional.of(member.name()), Optional.of(member.nameSpan()), value, Arg.Form.SHORTHAND, span)
                        : new Arg(Optional.empty(), Optional.empty(), value, Arg.Form.POSITIONAL, span);
            }
            default -> throw new IllegalStateException("unexpected argument");
        };
    }

    private Expr value(ArgumentValueContext value) {
        Expr from = expressions.expr(value.expr(0));
        if (value.expr().size() == 1) {
            return from;
        }
        Expr to = expressions.expr(value.expr(1));
        return new Expr.Range(from, to, from.span().to(to.span()));
    }
}
