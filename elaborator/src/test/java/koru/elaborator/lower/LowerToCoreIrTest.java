package koru.elaborator.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.kernel.ir.Expr;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.State;
import koru.kernel.ir.Ty;
import org.junit.jupiter.api.Test;

/** The shape of the Core IR small programs lower to, one surface construct at a time. */
class LowerToCoreIrTest {
    private static final Ty U64 = new Ty.Int(IntKind.U64);
    private static final Ty U8 = new Ty.Int(IntKind.U8);

    @Test
    void argumentsFollowTheCalleesInputOrderWhateverTheirForm() {
        Program program = lower("""
                ~event move { from: u64, to: u64, by: u8 }
                ~event pair { from: u64, to: u64 }
                | made { from: u64, to: u64 }
                ~pair(from: 1, to: 2)
                | made p |> move(by: 3, to: 4, from: 5) |> move(6, 7, 8) |> move(p.to, p.from, by: 9)
                """);
        Node.Invoke pair = (Node.Invoke) flow(program);
        Node.Call named = (Node.Call) pair.handlers().get(0).body();
        Node.Call positional = (Node.Call) named.next();
        Node.Call shorthand = (Node.Call) positional.next();
        assertEquals(List.of("5", "4", "3"), literals(named.args()));
        assertEquals(List.of("6", "7", "8"), literals(positional.args()));
        assertEquals(List.of("from", "to"), shorthand.args().subList(0, 2).stream().map(a -> ((Expr.FieldOf) a).field()).toList());
        Expr.Var p = (Expr.Var) ((Expr.FieldOf) shorthand.args().get(0)).target();
        assertEquals(new Ty.Payload("main:pair", "made"), p.type());
    }

    @Test
    void integerLiteralsTakeTheTypeOfWhereTheyGoAndKeepTheirOrigin() {
        String source = """
                ~event move { from: u64, to: u64, by: u8 }
                ~move(from: 1, to: 2, by: 3)
                """;
        Node.Call move = (Node.Call) flow(lower(source));
        assertEquals(List.of(U64, U64, U8), move.args().stream().map(Expr::type).toList());
        int three = source.indexOf("by: 3") + 4;
        assertEquals(new Expr.IntLit(BigInteger.valueOf(3), U8, new Origin("main.kz", three, three + 1)), move.args().get(2));
    }

    @Test
    void aCatchAllBecomesOneHandlerPerBranchNotOtherwiseHandled() {
        Program program = lower("""
                ~event classify { n: u64 }
                | small u64
                | medium u64
                | large u64
                | huge
                ~event show { text: []const u8 }
                ~classify(n: 7)
                | small s |> show(text: "small " ++ s)
                | medium m when m > 3 |> show(text: "big medium")
                |? |> show(text: "other")
                """);
        List<Node.Handler> handlers = ((Node.Invoke) flow(program)).handlers();
        assertEquals(List.of("small", "medium", "medium", "large", "huge"), handlers.stream().map(Node.Handler::branch).toList());
        assertEquals(List.of(Optional.of("s"), Optional.of("m"), Optional.of("_1"), Optional.of("_2"), Optional.<String>empty()),
                handlers.stream().map(Node.Handler::binding).toList());
        assertFalse(handlers.get(1).guard().isEmpty());
        assertEquals(Optional.empty(), handlers.get(2).guard());
    }

    @Test
    void discardedPayloadsGetFreshNamesUniqueInTheBody() {
        Program program = lower("""
                ~event ask { n: u64 }
                | yes u64
                | no u64
                ~ask(n: 1)
                | yes _ |> ask(n: 2)
                    | yes _1 |> _
                    | no _ |> _
                | no _ |> _
                """);
        Node.Invoke ask = (Node.Invoke) flow(program);
        Node.Invoke inner = (Node.Invoke) ask.handlers().get(0).body();
        assertEquals(Optional.of("_2"), ask.handlers().get(0).binding());
        assertEquals(List.of(Optional.of("_1"), Optional.of("_3")), inner.handlers().stream().map(Node.Handler::binding).toList());
        assertEquals(Optional.of("_4"), ask.handlers().get(1).binding());
    }

    @Test
    void ifForLabelsAndJumpsAreNodesOfTheirOwn() {
        Program program = lower("""
                ~event count { i: u64, n: u64 }
                | next u64
                | done
                ~event show { text: []const u8 }
                ~#loop[where i <= n] count(n: 3, i: 0)
                | next k |> for(0..k)
                    | each j |> if(j == 1)
                        | then |> show(text: "one")
                        | else |> _
                    | done |> @loop(k + 1, 3)
                | done |> _
                """);
        Node.Loop loop = (Node.Loop) flow(program);
        assertEquals("loop", loop.label());
        assertEquals(new Expr.Var("i", U64, ((Expr.Binary) loop.invariant().orElseThrow()).left().origin()),
                ((Expr.Binary) loop.invariant().orElseThrow()).left());
        Node.For each = (Node.For) loop.head().handlers().get(0).body();
        assertEquals("j", each.binding());
        Node.Iteration.Range range = assertInstanceOf(Node.Iteration.Range.class, each.over());
        assertEquals(new Expr.Var("k", U64, range.to().origin()), range.to());
        Node.If test = (Node.If) each.each();
        assertInstanceOf(Node.Call.class, test.then());
        assertInstanceOf(Node.End.class, test.otherwise());
        Node.Jump jump = (Node.Jump) each.done();
        assertEquals("loop", jump.label());
        assertEquals(List.of(Expr.BinaryOp.ADD), List.of(((Expr.Binary) jump.args().get(0)).op()));
        assertEquals(List.of("3"), literals(jump.args().subList(1, 2)));
    }

    @Test
    void spawnIsANodeOfItsOwnWithBothBodiesAndTheHandleTypedByTheRunningBranch() {
        Program program = lower("""
                ~import "$std/rt"
                ~event show { text: []const u8 }
                ~std.rt:spawn()
                | task |> show(text: "in the task")
                | running t |> show(text: "goes on") |> std.rt:join(task: t)
                """);
        Node.Spawn spawn = assertInstanceOf(Node.Spawn.class, flow(program));
        assertEquals("std.rt:spawn", spawn.event());
        assertEquals("t", spawn.binding());
        assertEquals("main:show", ((Node.Call) spawn.task()).event());
        Node.Call join = (Node.Call) ((Node.Call) spawn.running()).next();
        assertEquals("std.rt:join", join.event());
        assertEquals(List.of(new Expr.Var("t", new Ty.Host("Task"), join.args().get(0).origin())), join.args());
        Program.Branch running = event(program, "std.rt:spawn").branches().get(1);
        assertEquals(new Program.Payload.One(new Ty.Host("Task"), Optional.of(new State.Is("std.rt:running", State.Mark.ISSUES))),
                running.payload());
    }

    @Test
    void voidEventsChainAsCallsEndingThePath() {
        Program program = lower("""
                ~event log { text: []const u8 }
                ~log(text: "a") |> log(text: "b")
                """);
        Node.Call first = (Node.Call) flow(program);
        Node.Call second = (Node.Call) first.next();
        assertEquals("main:log", second.event());
        assertInstanceOf(Node.End.class, second.next());
    }

    @Test
    void contractsReadInputsByNameAndInFieldsAsInputs() {
        Program program = lower("""
                ~pub event withdraw { balance: u64, amount: u64 } where amount > 0
                | ok u64 where ok == in.balance - in.amount
                | short { balance: u64, missing: u64 } where missing == in.amount - balance
                """);
        Program.Event withdraw = event(program, "main:withdraw");
        Expr.Binary pre = (Expr.Binary) withdraw.pre().orElseThrow();
        assertEquals(new Expr.Var("amount", U64, pre.left().origin()), pre.left());
        Expr.Binary ok = (Expr.Binary) withdraw.branches().get(0).post().orElseThrow();
        assertEquals(new Expr.Var("ok", U64, ok.left().origin()), ok.left());
        Expr.Binary difference = (Expr.Binary) ok.right();
        assertEquals(new Expr.Input("balance", U64, difference.left().origin()), difference.left());
        Expr.Binary missing = (Expr.Binary) withdraw.branches().get(1).post().orElseThrow();
        Expr.Binary shortfall = (Expr.Binary) missing.right();
        assertEquals(new Expr.Input("amount", U64, shortfall.left().origin()), shortfall.left());
        assertEquals(new Expr.Var("balance", U64, shortfall.right().origin()), shortfall.right());
    }

    @Test
    void phantomStatesAreCanonicalAndFlagsAndImplementationsCarryOver() {
        Program program = lower("""
                ~pub event open { path: []const u8 }
                | opened *Handle[opened!]
                ~[!]pub event close { file: *Handle[!opened] }
                ~[authority] pub event root { path: []const u8 }
                | granted u64
                ~proc root|java {
                    return granted(1L);
                }
                """);
        Program.Event open = event(program, "main:open");
        Program.Payload.One opened = (Program.Payload.One) open.branches().get(0).payload();
        assertEquals(new Ty.Host("Handle"), opened.type());
        assertEquals(Optional.of(new State.Is("main:opened", State.Mark.ISSUES)), opened.state());
        Program.Event close = event(program, "main:close");
        assertEquals(Optional.of(new State.Is("main:opened", State.Mark.DISCHARGES)), close.inputs().get(0).state());
        assertEquals(Set.of(Program.Flag.DISPOSER), close.flags());
        Program.Event root = event(program, "main:root");
        assertEquals(Set.of(Program.Flag.AUTHORITY), root.flags());
        assertEquals(Program.Implementation.HOST, root.implementation());
        assertEquals(Program.Implementation.NONE, open.implementation());
    }

    @Test
    void recordsEnumsAndStructConstructorsKeepDeclarationOrder() {
        Program program = lower("""
                ~type Level = low | high
                ~type Range { lo: u64, hi: u64 } where lo <= hi
                ~event span { level: Level }
                | made { range: Range, level: Level }
                ~span = made { level: level, range: { hi: 2, lo: 1 } }
                ~span(level: Level.high)
                | made _ |> _
                """);
        Program.TypeDecl.RecordType range = (Program.TypeDecl.RecordType) program.types().stream()
                .filter(t -> t.name().equals("main:Range")).findFirst().orElseThrow();
        assertEquals(List.of("lo", "hi"), range.fields().stream().map(Program.Field::name).toList());
        assertFalse(range.invariant().isEmpty());
        Program.Body subflow = program.bodies().stream().filter(b -> b.kind() == Program.Body.Kind.SUBFLOW).findFirst().orElseThrow();
        assertEquals(Optional.of("main:span"), subflow.implementing());
        assertEquals(Program.Implementation.SUBFLOW, event(program, "main:span").implementation());
        Expr.PayloadLit made = (Expr.PayloadLit) ((Node.Construct) subflow.root()).value().orElseThrow();
        assertEquals(new Ty.Payload("main:span", "made"), made.type());
        Expr.RecordLit literal = (Expr.RecordLit) made.fields().get(0);
        assertEquals(List.of("1", "2"), literals(literal.fields()));
        assertEquals(new Ty.Enum("main:Level"), made.fields().get(1).type());
        Node.Invoke call = (Node.Invoke) flow(program);
        assertEquals(new Expr.EnumLit("main:Level", "high", call.args().get(0).origin()), call.args().get(0));
    }

    @Test
    void testsLowerWithTheirMocksAndAssertionsAsOrdinaryCalls() {
        Program program = lower("""
                ~event rate { amount: u64 }
                | accepted u64
                ~test(rate is mocked) {
                    ~rate = accepted 21
                    ~rate(amount: 1)
                    | accepted r |> assert(r == 21)
                }
                """);
        Program.Test test = program.tests().get(0);
        assertEquals("rate is mocked", test.title());
        assertEquals(Program.Body.Kind.MOCK, test.mocks().get(0).kind());
        Node.Call check = (Node.Call) ((Node.Invoke) test.flow().root()).handlers().get(0).body();
        assertEquals("std.control:assert", check.event());
    }

    // ------------------------------------------------------------ helpers

    private static Program lower(String source) {
        Elaboration elaboration = new Elaborator(Options.defaults()).elaborateText("main.kz", source);
        assertFalse(elaboration.hasErrors(), () -> elaboration.diagnostics().toString());
        return LowerToCoreIr.lower(elaboration).orElseThrow();
    }

    private static Node flow(Program program) {
        return program.bodies().stream().filter(b -> b.kind() == Program.Body.Kind.FLOW).findFirst().orElseThrow().root();
    }

    private static Program.Event event(Program program, String name) {
        return program.events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> literals(List<Expr> args) {
        return args.stream().map(a -> ((Expr.IntLit) a).value().toString()).toList();
    }
}
