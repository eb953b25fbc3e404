package koru.elaborator.parse;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Phantom;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.ast.TypeRef;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.parse.KoruParser.*;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Turns expression, type and name parse trees into AST nodes. Operator chains are folded left
 * here (the grammar lists them flat, so deep chains never recurse in the parser).
 */
final class BuildExpressions {
    private final SourceFile file;
    private final int base;
    private final Diagnostics diagnostics;

    /** {@code base} is the file offset where the parsed chunk's text starts. */
    BuildExpressions(SourceFile file, int base, Diagnostics diagnostics) {
        this.file = file;
        this.base = base;
        this.diagnostics = diagnostics;
    }

    Span span(ParserRuleContext context) {
        Token stop = context.getStop() == null || context.getStop().getStopIndex() < context.getStart().getStartIndex()
                ? context.getStart()
                : context.getStop();
        int start = base + context.getStart().getStartIndex();
        return new Span(file, start, Math.max(start, base + stop.getStopIndex() + 1));
    }

    Span span(Token token) {
        int start = base + token.getStartIndex();
        return new Span(file, start, Math.max(start, base + token.getStopIndex() + 1));
    }

    // ------------------------------------------------------------ names

    QualifiedName path(PathContext path) {
        List<DottedContext> parts = path.dotted();
        Optional<String> module = parts.size() == 2 ? Optional.of(dotted(parts.get(0))) : Optional.empty();
        return new QualifiedName(module, dotted(parts.get(parts.size() - 1)), span(path));
    }

    static String dotted(DottedContext dotted) {
        return String.join(".", dotted.ident().stream().map(IdentContext::getText).toList());
    }

    // ------------------------------------------------------------ types

    TypeRef type(TypeRefContext context) {
        return switch (context) {
            case PointerTypeContext pointer -> {
                TypeRef target = type(pointer.typeRef());
                // `*File[open]` keeps the state outermost: the reference is what carries it.
                yield target instanceof TypeRef.Stated stated
                        ? new TypeRef.Stated(new TypeRef.Pointer(stated.base(), span(pointer)), stated.state(), span(pointer))
                        : new TypeRef.Pointer(target, span(pointer));
            }
            case SliceTypeContext slice -> new TypeRef.Slice(slice.CONST() != null, type(slice.typeRef()), span(slice));
            case NamedTypeContext named -> {
                List<TypeRef> arguments = named.typeArguments() == null
                        ? List.of()
                        : named.typeArguments().typeRef().stream().map(this::type).toList();
                Span nameSpan = named.typeArguments() == null ? span(named.path()) : span(named.path()).to(span(named.typeArguments()));
                TypeRef plain = new TypeRef.Named(path(named.path()), arguments, nameSpan);
                yield named.phantom() == null ? plain : new TypeRef.Stated(plain, phantom(named.phantom()), span(named));
            }
            default -> throw new IllegalStateException("unexpected type node " + context.getClass().getSimpleName());
        };
    }

    private Phantom phantom(PhantomContext context) {
        return switch (context) {
            case PhantomStatesContext states -> {
                List<Phantom.State> members = states.stateRef().stream().map(this::state).toList();
                yield members.size() == 1 ? members.get(0) : new Phantom.Union(members, span(states));
            }
            case PhantomVariableContext variable -> {
                List<String> allowed = variable.ident().stream().skip(1).map(IdentContext::getText).toList();
                boolean any = allowed.size() == 1 && allowed.get(0).equals("_");
                yield new Phantom.Variable(variable.ident(0).getText(), any ? List.of() : allowed, span(variable));
            }
            default -> throw new IllegalStateException("unexpected phantom node");
        };
    }

    private Phantom.State state(StateRefContext context) {
        boolean discharges = context.getStart().getType() == KoruLexer.BANG;
        boolean issues = context.getStop().getType() == KoruLexer.BANG && context.getStop() != context.getStart();
        Optional<String> module = context.dotted() == null ? Optional.empty() : Optional.of(dotted(context.dotted()));
        return new Phantom.State(module, context.ident().getText(), discharges, issues, span(context));
    }

    // ------------------------------------------------------------ expressions

    /**
     * The expression of {@code context}. A tree deeper than {@link Layout#MAX_NESTING} (e.g. a chain of
     * 300 additions) is reported and the construct abandoned, so that no later pass, however
     * recursive, can overflow its stack on it.
     */
    Expr expr(ExprContext context) {
        Expr built = build(context);
        int depth = depthOf(built);
        if (depth > Layout.MAX_NESTING) {
            diagnostics.report(Diagnostic.error(Code.KORU011, built.span(),
                            "this expression is nested %d levels deep; the limit is %d".formatted(depth, Layout.MAX_NESTING))
                    .withHint("split it with intermediate events or bindings"));
            throw new BuildAst.Abandon();
        }
        return built;
    }

    /** The height of an expression tree, computed without recursion. */
    private static int depthOf(Expr root) {
        int deepest = 0;
        ArrayDeque<Expr> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Expr node = nodes.pop();
            int depth = depths.pop();
            deepest = Math.max(deepest, depth);
            for (Expr child : childrenOf(node)) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return deepest;
    }

    private static List<Expr> childrenOf(Expr node) {
        return switch (node) {
            case Expr.IntLit ignored -> List.of();
            case Expr.BoolLit ignored -> List.of();
            case Expr.TextLit ignored -> List.of();
            case Expr.Ref ignored -> List.of();
            case Expr.Member member -> List.of(member.target());
            case Expr.Index index -> List.of(index.target(), index.index());
            case Expr.Unary unary -> List.of(unary.operand());
            case Expr.Binary binary -> List.of(binary.left(), binary.right());
            case Expr.Call call -> call.arguments();
            case Expr.RecordLit record -> record.fields().stream().map(Expr.FieldInit::value).toList();
            case Expr.ListLit list -> list.elements();
            case Expr.Range range -> List.of(range.from(), range.to());
        };
    }

    private Expr build(ExprContext context) {
        return switch (context) {
            case AtomExprContext atom -> postfix(atom);
            case PrefixExprContext prefix -> prefixed(prefix);
            case BinaryExprContext binary -> binary.op.getType() == KoruLexer.IMPLIES ? implication(binary) : chain(binary);
            default -> throw new IllegalStateException("unexpected expression node");
        };
    }

    /** {@code !-x}: the run of prefix operators, applied innermost first. */
    private Expr prefixed(PrefixExprContext outermost) {
        List<PrefixExprContext> operators = new ArrayList<>();
        ExprContext operand = outermost;
        while (operand instanceof PrefixExprContext prefix) {
            operators.add(prefix);
            operand = prefix.expr();
        }
        Expr result = build(operand);
        for (int i = operators.size() - 1; i >= 0; i--) {
            PrefixExprContext prefix = operators.get(i);
            Expr.UnaryOp op = prefix.op.getType() == KoruLexer.BANG ? Expr.UnaryOp.NOT : Expr.UnaryOp.NEG;
            result = new Expr.Unary(op, result, span(prefix));
        }
        return result;
    }

    /**
     * A left-associative chain {@code a + b - c}: ANTLR builds it left-deep, so the left spine is
     * walked in a loop and folded back up; only right operands (tighter operators) recurse.
     */
    private Expr chain(BinaryExprContext top) {
        ArrayDeque<BinaryExprContext> spine = new ArrayDeque<>();
        ExprContext leftmost = top;
        while (leftmost instanceof BinaryExprContext binary && binary.op.getType() != KoruLexer.IMPLIES) {
            spine.push(binary);
            leftmost = binary.expr(0);
        }
        Expr result = build(leftmost);
        while (!spine.isEmpty()) {
            BinaryExprContext binary = spine.pop();
            Expr.BinaryOp op = Expr.BinaryOp.ofSymbol(binary.op.getText());
            if (isComparison(op) && result instanceof Expr.Binary left && isComparison(left.op())
                    && binary.expr(0) instanceof BinaryExprContext) {
                diagnostics.report(Diagnostic.error(Code.KORU011, span(binary.op), "comparisons do not chain")
                        .withHint("write `a < b && b < c`, or parenthesise the comparison you mean"));
                throw new BuildAst.Abandon();
            }
            result = new Expr.Binary(op, result, build(binary.expr(1)), span(binary));
        }
        return result;
    }

    /** {@code a ==> b ==> c} associates to the right: the right spine is walked in a loop. */
    private Expr implication(BinaryExprContext top) {
        List<BinaryExprContext> spine = new ArrayList<>();
        ExprContext rightmost = top;
        while (rightmost instanceof BinaryExprContext binary && binary.op.getType() == KoruLexer.IMPLIES) {
            spine.add(binary);
            rightmost = binary.expr(1);
        }
        Expr result = build(rightmost);
        for (int i = spine.size() - 1; i >= 0; i--) {
            BinaryExprContext binary = spine.get(i);
            result = new Expr.Binary(Expr.BinaryOp.IMPLIES, build(binary.expr(0)), result, span(binary));
        }
        return result;
    }

    private static boolean isComparison(Expr.BinaryOp op) {
        return switch (op) {
            case LT, LE, GT, GE, EQ, NE -> true;
            default -> false;
        };
    }

    private Expr postfix(AtomExprContext context) {
        Expr result = primary(context.primary());
        Span target = span(context.primary());
        for (PostfixOpContext op : context.postfixOp()) {
            result = switch (op) {
                case MemberOpContext member -> new Expr.Member(
                        result, member.ident().getText(), span(member.ident()), target.to(span(member)));
                case IndexOpContext index -> new Expr.Index(result, build(index.expr()), target.to(span(index)));
                default -> throw new IllegalStateException("unexpected postfix node");
            };
        }
        return result;
    }

    private Expr primary(PrimaryContext context) {
        Span span = span(context);
        return switch (context) {
            case IntLiteralContext literal -> new Expr.IntLit(new BigInteger(literal.getText().replace("_", "")), span);
            case BoolLiteralContext literal -> new Expr.BoolLit(literal.TRUE() != null, span);
            case TextLiteralContext literal -> new Expr.TextLit(JavaEscapes.decode(literal.getText()), span);
            case ParenthesizedContext parenthesized -> build(parenthesized.expr());
            case RecordLiteralContext record -> new Expr.RecordLit(record.fieldInit().stream()
                    .map(f -> new Expr.FieldInit(f.ident().getText(), span(f.ident()), build(f.expr()), span(f)))
                    .toList(), span);
            case ListLiteralContext list -> new Expr.ListLit(list.expr().stream().map(this::build).toList(), span);
            case CallExprContext call -> new Expr.Call(
                    call.ident().getText(), span(call.ident()), call.expr().stream().map(this::build).toList(), span);
            case QualifiedRefContext qualified -> new Expr.Ref(
                    Optional.of(dotted(qualified.dotted())), qualified.ident().getText(), span);
            case NameRefContext name -> new Expr.Ref(Optional.empty(), name.getText(), span);
            default -> throw new IllegalStateException("unexpected primary node");
        };
    }

}
