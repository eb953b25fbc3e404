package koru.kernel.obligations;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Expr.BinaryOp;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Ty;

/**
 * Core IR written by hand, as the lowering would produce it; each node gets a distinct origin so tests can
 * find obligations by line. Public: the interpreter's tests write their programs with it too.
 */
public final class Ir {
    public static final Ty U8 = new Ty.Int(IntKind.U8);
    public static final Ty U32 = new Ty.Int(IntKind.U32);
    public static final Ty U64 = new Ty.Int(IntKind.U64);
    public static final Ty I64 = new Ty.Int(IntKind.I64);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Ir() {
    }

    /** A fresh origin; {@code line} is how a test names the spot. */
    public static Origin at(int line) {
        int start = NEXT.incrementAndGet() * 1000 + line;
        return new Origin("line" + line + ".kz", start, start);
    }

    public static Origin anywhere() {
        return at(0);
    }

    public static Expr num(long value, Ty type) {
        return new Expr.IntLit(BigInteger.valueOf(value), type, anywhere());
    }

    public static Expr bool(boolean value) {
        return new Expr.BoolLit(value, anywhere());
    }

    public static Expr text(String value) {
        return new Expr.TextLit(value, anywhere());
    }

    public static Expr var(String name, Ty type) {
        return new Expr.Var(name, type, anywhere());
    }

    public static Expr in(String field, Ty type) {
        return new Expr.Input(field, type, anywhere());
    }

    public static Expr field(Expr target, String name, Ty type) {
        return new Expr.FieldOf(target, name, type, anywhere());
    }

    public static Expr read(Expr map, Expr key, Ty type) {
        return new Expr.Read(map, key, type, anywhere());
    }

    public static Expr op(Expr left, BinaryOp op, Expr right, Ty type) {
        return new Expr.Binary(op, left, right, type, anywhere());
    }

    /** An arithmetic operation on {@code line}, where its overflow and division obligations point. */
    public static Expr op(int line, Expr left, BinaryOp op, Expr right, Ty type) {
        return new Expr.Binary(op, left, right, type, at(line));
    }

    public static Expr test(Expr left, BinaryOp op, Expr right) {
        return op(left, op, right, Ty.BOOL);
    }

    public static Expr neg(int line, Expr operand, Ty type) {
        return new Expr.Unary(Expr.UnaryOp.NEG, operand, type, at(line));
    }

    public static Expr fn(Expr.Function function, Ty type, Expr... args) {
        return new Expr.Builtin(function, List.of(args), type, anywhere());
    }

    public static Expr record(int line, String name, Expr... fields) {
        return new Expr.RecordLit(name, List.of(fields), at(line));
    }

    public static Expr enumValue(String enumeration, String value) {
        return new Expr.EnumLit(enumeration, value, anywhere());
    }

    public static Field f(String name, Ty type) {
        return new Field(name, type, Optional.empty(), anywhere());
    }

    public static Program.TypeDecl recordType(String name, Optional<Expr> invariant, Field... fields) {
        return new Program.TypeDecl.RecordType(name, List.of(fields), invariant, false, anywhere());
    }

    public static Program.TypeDecl capabilityType(String name, Field... fields) {
        return new Program.TypeDecl.RecordType(name, List.of(fields), Optional.empty(), true, anywhere());
    }

    public static Program.TypeDecl enumType(String name, String... values) {
        return new Program.TypeDecl.EnumType(name, List.of(values), anywhere());
    }

    public static Branch branch(String name, Ty payload, Optional<Expr> post) {
        return new Branch(name, new Program.Payload.One(payload, Optional.empty()), post, false, anywhere());
    }

    public static Event event(String name, List<Field> inputs, Optional<Expr> pre, Program.Implementation implementation,
            Branch... branches) {
        return new Event(name, inputs, pre, List.of(branches), Set.of(), implementation, anywhere());
    }

    public static Body subflow(String event, Node root) {
        return new Body(Body.Kind.SUBFLOW, Optional.of(event), root, anywhere());
    }

    public static Body flow(Node root) {
        return new Body(Body.Kind.FLOW, Optional.empty(), root, anywhere());
    }

    public static Node.Invoke invoke(int line, String event, List<Expr> args, Node.Handler... handlers) {
        return new Node.Invoke(event, args, List.of(handlers), at(line));
    }

    public static Node.Handler on(String branch, String binding, Node body) {
        return new Node.Handler(branch, Optional.of(binding), Optional.empty(), body, anywhere());
    }

    public static Node.Handler onWhen(String branch, String binding, Expr guard, Node body) {
        return new Node.Handler(branch, Optional.of(binding), Optional.of(guard), body, anywhere());
    }

    public static Node call(int line, String event, List<Expr> args) {
        return new Node.Call(event, args, end(), at(line));
    }

    public static Node construct(int line, String branch, Expr value) {
        return new Node.Construct(branch, Optional.of(value), at(line));
    }

    public static Node when(Expr condition, Node then, Node otherwise) {
        return new Node.If(condition, then, otherwise, anywhere());
    }

    /** {@code for(from..to) | each binding |> each | done |> done} on {@code line}. */
    public static Node forRange(int line, String binding, Expr from, Expr to, Node each, Node done) {
        return new Node.For(binding, new Node.Iteration.Range(from, to), each, done, at(line));
    }

    /** {@code for(list) | each binding |> each | done |> done} on {@code line}. */
    public static Node forEach(int line, String binding, Expr list, Node each, Node done) {
        return new Node.For(binding, new Node.Iteration.Elements(list), each, done, at(line));
    }

    /** The list literal {@code [elements…]} of {@code element}s. */
    public static Expr list(Ty element, Expr... elements) {
        return new Expr.ListLit(List.of(elements), new Ty.ListOf(element), anywhere());
    }

    /** A branch without a payload. */
    public static Branch bare(String name) {
        return new Branch(name, new Program.Payload.None(), Optional.empty(), false, anywhere());
    }

    /** A void event (no branches), implemented by a host proc. */
    public static Event voidEvent(String name, Field... inputs) {
        return event(name, List.of(inputs), Optional.empty(), Program.Implementation.HOST);
    }

    public static Node end() {
        return new Node.End(anywhere());
    }

    public static Program program(List<Program.TypeDecl> types, List<Event> events, Body... bodies) {
        return new Program(types, events, List.of(bodies), List.of());
    }
}
