package koru.kernel.recheck;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Expr.BinaryOp;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.Payload;
import koru.kernel.ir.Ty;

/** Short hand for writing Core IR by hand in tests: every node at one dummy origin. */
final class Ir {
    static final Origin AT = new Origin("test.kz", 0, 0);
    static final Ty U8 = new Ty.Int(IntKind.U8);
    static final Ty U32 = new Ty.Int(IntKind.U32);
    static final Ty U64 = new Ty.Int(IntKind.U64);
    static final Ty I32 = new Ty.Int(IntKind.I32);

    private Ir() {
    }

    static Expr lit(long value, Ty type) {
        return new Expr.IntLit(BigInteger.valueOf(value), type, AT);
    }

    static Expr text(String value) {
        return new Expr.TextLit(value, AT);
    }

    static Expr var(String name, Ty type) {
        return new Expr.Var(name, type, AT);
    }

    static Expr in(String field, Ty type) {
        return new Expr.Input(field, type, AT);
    }

    static Expr dot(Expr target, String field, Ty type) {
        return new Expr.FieldOf(target, field, type, AT);
    }

    static Expr bin(BinaryOp op, Expr left, Expr right, Ty type) {
        return new Expr.Binary(op, left, right, type, AT);
    }

    static Expr fn(Expr.Function function, Ty type, Expr... args) {
        return new Expr.Builtin(function, List.of(args), type, AT);
    }

    static Field field(String name, Ty type) {
        return new Field(name, type, Optional.empty(), AT);
    }

    static Branch branch(String name, Payload payload, Optional<Expr> post) {
        return new Branch(name, payload, post, false, AT);
    }

    static Payload one(Ty type) {
        return new Payload.One(type, Optional.empty());
    }

    static Payload struct(Field... fields) {
        return new Payload.Fields(List.of(fields));
    }

    static Payload none() {
        return new Payload.None();
    }

    static Event event(String name, List<Field> inputs, Optional<Expr> pre, Program.Implementation implementation, Branch... branches) {
        return new Event(name, inputs, pre, List.of(branches), Set.of(), implementation, AT);
    }

    static Node.Invoke invoke(String event, List<Expr> args, Node.Handler... handlers) {
        return new Node.Invoke(event, args, List.of(handlers), AT);
    }

    static Node call(String event, List<Expr> args, Node next) {
        return new Node.Call(event, args, next, AT);
    }

    static Node.Handler on(String branch, String binding, Node body) {
        return new Node.Handler(branch, Optional.of(binding), Optional.empty(), body, AT);
    }

    static Node.Handler on(String branch, Node body) {
        return new Node.Handler(branch, Optional.empty(), Optional.empty(), body, AT);
    }

    static Node.Handler when(String branch, String binding, Expr guard, Node body) {
        return new Node.Handler(branch, Optional.of(binding), Optional.of(guard), body, AT);
    }

    static Node construct(String branch, Expr value) {
        return new Node.Construct(branch, Optional.of(value), AT);
    }

    static Node jump(String label, Expr... args) {
        return new Node.Jump(label, List.of(args), AT);
    }

    static Node end() {
        return new Node.End(AT);
    }

    static Program.Body flow(Node root) {
        return new Program.Body(Program.Body.Kind.FLOW, Optional.empty(), root, AT);
    }

    static Program.Body subflow(String event, Node root) {
        return new Program.Body(Program.Body.Kind.SUBFLOW, Optional.of(event), root, AT);
    }
}
