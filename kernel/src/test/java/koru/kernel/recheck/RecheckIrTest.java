package koru.kernel.recheck;

import static koru.kernel.recheck.Ir.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Expr.BinaryOp;
import koru.kernel.ir.Node;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Implementation;
import koru.kernel.ir.Program.TypeDecl;
import koru.kernel.ir.Ty;
import org.junit.jupiter.api.Test;

/** The re-check accepts a well-formed ledger program and refuses IR that breaks any one rule, however it was made. */
class RecheckIrTest {
    static final Ty BALANCES = new Ty.MapOf(U64, U64);
    static final Ty LEDGER = new Ty.Record("bank:Ledger");
    static final Ty SIDE = new Ty.Enum("bank:Side");
    static final Ty NEXT = new Ty.Payload("bank:count", "next");

    // ~type Ledger { balances: Map<u64, u64>, supply: u64 } where sum(balances) == supply
    static final TypeDecl LEDGER_TYPE = new TypeDecl.RecordType("bank:Ledger",
            List.of(field("balances", BALANCES), field("supply", U64)),
            Optional.of(bin(BinaryOp.EQ, fn(Expr.Function.SUM, U64, var("balances", BALANCES)), var("supply", U64), Ty.BOOL)),
            false, AT);
    static final TypeDecl SIDE_TYPE = new TypeDecl.EnumType("bank:Side", List.of("debit", "credit"), AT);

    // ~event transfer { book: Ledger, from: u64, to: u64, amount: u64 } where amount > 0
    // | done Ledger where done.supply == in.book.supply
    // | insufficient u64 where insufficient == in.amount
    static final Event TRANSFER = event("bank:transfer",
            List.of(field("book", LEDGER), field("from", U64), field("to", U64), field("amount", U64)),
            Optional.of(bin(BinaryOp.GT, var("amount", U64), lit(0, U64), Ty.BOOL)), Implementation.SUBFLOW,
            branch("done", one(LEDGER), Optional.of(bin(BinaryOp.EQ, dot(var("done", LEDGER), "supply", U64),
                    dot(in("book", LEDGER), "supply", U64), Ty.BOOL))),
            branch("insufficient", one(U64), Optional.of(bin(BinaryOp.EQ, var("insufficient", U64), in("amount", U64), Ty.BOOL))));
    // ~event count { i: u32, n: u32 } | next { i: u32, n: u32 } | stop
    static final Event COUNT = event("bank:count", List.of(field("i", U32), field("n", U32)), Optional.empty(),
            Implementation.HOST, branch("next", struct(field("i", U32), field("n", U32)), Optional.empty()),
            branch("stop", none(), Optional.empty()));
    // ~event show { msg: str }
    static final Event SHOW = event("bank:show", List.of(field("msg", Ty.TEXT)), Optional.empty(), Implementation.HOST);

    static Expr balances() {
        return dot(var("book", LEDGER), "balances", BALANCES);
    }

    static Expr balanceOf(String account) {
        return new Expr.Read(balances(), var(account, U64), U64, AT);
    }

    // ~transfer = if(book.balances[from] < amount) | then |> insufficient amount
    //   | else |> done { balances: put(put(b, from, b[from] - amount), to, b[to] + amount), supply: book.supply }
    static final Node TRANSFER_BODY = new Node.If(bin(BinaryOp.LT, balanceOf("from"), var("amount", U64), Ty.BOOL),
            construct("insufficient", var("amount", U64)),
            construct("done", new Expr.RecordLit("bank:Ledger", List.of(
                    fn(Expr.Function.PUT, BALANCES,
                            fn(Expr.Function.PUT, BALANCES, balances(), var("from", U64),
                                    bin(BinaryOp.SUB, balanceOf("from"), var("amount", U64), U64)),
                            var("to", U64), bin(BinaryOp.ADD, balanceOf("to"), var("amount", U64), U64)),
                    dot(var("book", LEDGER), "supply", U64)), AT)),
            AT);

    static Node show(Expr message, Node next) {
        return call("bank:show", List.of(message), next);
    }

    static Expr concat(Expr left, Expr right) {
        return bin(BinaryOp.CONCAT, left, right, Ty.TEXT);
    }

    // ~#loop count(i: 0, n: 10) [where i <= n]
    // | next c when c.i < c.n |> @loop(i: c.i + 1, n: c.n)
    // | next c |> _
    // | stop |> for(0..3) | each k |> show(msg: "k=" ++ k) | done |> _
    static Node countLoop(Node.Handler... handlers) {
        return countLoopFrom(List.of(lit(0, U32), lit(10, U32)), handlers);
    }

    static Node countLoopFrom(List<Expr> args, Node.Handler... handlers) {
        return new Node.Loop("loop", Optional.of(bin(BinaryOp.LE, var("i", U32), var("n", U32), Ty.BOOL)),
                invoke("bank:count", args, handlers), AT);
    }

    static final Node COUNT_FLOW = countLoop(
            when("next", "c", bin(BinaryOp.LT, dot(var("c", NEXT), "i", U32), dot(var("c", NEXT), "n", U32), Ty.BOOL),
                    jump("loop", bin(BinaryOp.ADD, dot(var("c", NEXT), "i", U32), lit(1, U32), U32), dot(var("c", NEXT), "n", U32))),
            on("next", "c", end()),
            on("stop", new Node.For("k", new Node.Iteration.Range(lit(0, U8), lit(3, U8)),
                    show(concat(text("k="), var("k", U8)), end()), end(), AT)));

    // ~transfer(book: { balances: map(), supply: 0 }, from: 1, to: 2, amount: 5)
    // | done l |> show(msg: "supply " ++ l.supply)
    // | insufficient n |> show(msg: Side.debit ++ " short")
    static Node transferFlow(Expr... args) {
        return invoke("bank:transfer", List.of(args),
                on("done", "l", show(concat(text("supply "), dot(var("l", LEDGER), "supply", U64)), end())),
                on("insufficient", "n", show(concat(new Expr.EnumLit("bank:Side", "debit", AT), text(" short")), end())));
    }

    static final Expr EMPTY_LEDGER = new Expr.RecordLit("bank:Ledger",
            List.of(fn(Expr.Function.EMPTY_MAP, BALANCES), lit(0, U64)), AT);

    static final Node TRANSFER_FLOW = transferFlow(EMPTY_LEDGER, lit(1, U64), lit(2, U8), lit(5, U32));

    static Program program(List<TypeDecl> types, List<Event> events, List<Program.Body> bodies) {
        return new Program(types, events, bodies, List.of());
    }

    static Program ledger() {
        return withFlows(COUNT_FLOW, TRANSFER_FLOW);
    }

    static Program withFlows(Node... roots) {
        List<Program.Body> bodies = new ArrayList<>(List.of(subflow("bank:transfer", TRANSFER_BODY)));
        for (Node root : roots) {
            bodies.add(flow(root));
        }
        return program(List.of(LEDGER_TYPE, SIDE_TYPE), List.of(TRANSFER, COUNT, SHOW), bodies);
    }

    static Program withTransferBody(Node body) {
        return program(List.of(LEDGER_TYPE, SIDE_TYPE), List.of(TRANSFER, COUNT, SHOW), List.of(subflow("bank:transfer", body)));
    }

    static Program withEvents(Event... events) {
        List<Event> all = new ArrayList<>(List.of(TRANSFER, COUNT, SHOW));
        all.addAll(List.of(events));
        return program(List.of(LEDGER_TYPE, SIDE_TYPE), all, List.of(subflow("bank:transfer", TRANSFER_BODY)));
    }

    static void assertRejects(Program program, String because) {
        List<IrError> errors = RecheckIr.check(program);
        assertTrue(errors.stream().anyMatch(e -> e.message().contains(because)),
                () -> "expected an error containing \"" + because + "\", got " + errors);
    }

    @Test
    void aWellFormedLedgerWithASubflowALoopAnIfAndAForPasses() {
        assertEquals(List.of(), RecheckIr.check(ledger()));
    }

    // ---------------------------------------------------------------- scopes

    @Test
    void anUnboundVariableIsRefused() {
        assertRejects(withFlows(show(var("who", Ty.TEXT), end())), "the variable who is not in scope");
    }

    @Test
    void aHandlerBindingIsNotVisibleInASiblingHandler() {
        Node flow = invoke("bank:transfer", List.of(EMPTY_LEDGER, lit(1, U64), lit(2, U64), lit(5, U64)),
                on("done", "l", end()),
                on("insufficient", "n", show(concat(text("x"), dot(var("l", LEDGER), "supply", U64)), end())));
        assertRejects(withFlows(flow), "the variable l is not in scope");
    }

    @Test
    void aForBindingIsNotVisibleInDone() {
        Node loop = new Node.For("k", new Node.Iteration.Range(lit(0, U8), lit(3, U8)), end(),
                show(concat(text("k="), var("k", U8)), end()), AT);
        assertRejects(withFlows(loop), "the variable k is not in scope");
    }

    @Test
    void aBindingMayNotShadowAnInput() {
        Node body = invoke("bank:count", List.of(lit(0, U32), lit(1, U32)), on("next", "amount", end()), on("stop", end()));
        assertRejects(withTransferBody(body), "amount is declared twice or shadows a name in scope");
    }

    @Test
    void inputIsRefusedOutsideAPostcondition() {
        assertRejects(withFlows(show(in("msg", Ty.TEXT), end())), "in.msg outside a branch postcondition");
        Event preReadsIn = event("bank:bad", List.of(field("x", U64)),
                Optional.of(bin(BinaryOp.GT, in("x", U64), lit(0, U64), Ty.BOOL)), Implementation.HOST);
        assertRejects(withEvents(preReadsIn), "in.x outside a branch postcondition");
    }

    @Test
    void aJumpOutsideItsLoopIsRefused() {
        assertRejects(withFlows(jump("loop", lit(0, U32), lit(1, U32))), "@loop is not inside the handlers of loop #loop");
        Node afterTheLoop = invoke("bank:count", List.of(lit(0, U32), lit(1, U32)),
                on("next", "c", countLoop(on("next", "d", end()), on("stop", end()))),
                on("stop", jump("loop", lit(0, U32), lit(1, U32))));
        assertRejects(withFlows(afterTheLoop), "@loop is not inside");
    }

    @Test
    void aJumpMayTargetAnEnclosingLoop() {
        Node inner = invoke("bank:count", List.of(lit(0, U32), lit(1, U32)),
                on("next", "d", jump("loop", lit(0, U32), lit(1, U32))), on("stop", end()));
        assertEquals(List.of(), RecheckIr.check(withFlows(countLoop(on("next", "c", inner), on("stop", end())))));
    }

    @Test
    void theLoopsArgumentsAreVisibleInItsInvariantOnly() {
        assertRejects(withFlows(countLoop(on("next", "c", show(concat(text("i="), var("i", U32)), end())), on("stop", end()))),
                "the variable i is not in scope");
    }

    @Test
    void aMockInATestConstructsBranchesOfTheEventItReplaces() {
        Program.Body mock = new Program.Body(Program.Body.Kind.MOCK, Optional.of("bank:count"), new Node.Construct("stop", Optional.empty(), AT), AT);
        Program.Body test = new Program.Body(Program.Body.Kind.TEST, Optional.empty(), COUNT_FLOW, AT);
        Program tested = new Program(ledger().types(), ledger().events(), ledger().bodies(), List.of(new Program.Test("stops", List.of(mock), test, AT)));
        assertEquals(List.of(), RecheckIr.check(tested));
        Program.Body flowAsMock = new Program.Body(Program.Body.Kind.FLOW, Optional.empty(), end(), AT);
        Program misplaced = new Program(ledger().types(), ledger().events(), ledger().bodies(), List.of(new Program.Test("stops", List.of(flowAsMock), test, AT)));
        assertRejects(misplaced, "a FLOW body cannot stand here");
    }

    @Test
    void aJumpTakesTheLoopHeadsInputs() {
        assertRejects(withFlows(countLoop(on("next", "c", jump("loop", lit(0, U32))), on("stop", end()))),
                "bank:count takes 2 arguments, given 1");
        assertRejects(withFlows(countLoop(on("next", "c", jump("loop", text("0"), lit(1, U32))), on("stop", end()))),
                "argument i of bank:count needs u32, found str");
    }

    @Test
    void aConstructorIsRefusedInAFlowAndMustNameABranchOfTheImplementedEvent() {
        assertRejects(withFlows(construct("done", EMPTY_LEDGER)), "a branch constructor outside a subflow or mock");
        assertRejects(withTransferBody(construct("next", EMPTY_LEDGER)), "bank:transfer has no branch next");
        assertRejects(withTransferBody(construct("insufficient", text("lots"))),
                "the payload of bank:transfer | insufficient needs u64, found str");
    }

    // ---------------------------------------------------------------- spawn

    static final Ty TASK = new Ty.Host("Task");
    // ~event spawn {} | task | running *Task[running!]     ~event join { task: *Task[!running] }
    static final Event SPAWN = event("rt:spawn", List.of(), Optional.empty(), Implementation.NONE,
            branch("task", none(), Optional.empty()), branch("running", one(TASK), Optional.empty()));
    static final Event JOIN = event("rt:join", List.of(field("task", TASK)), Optional.empty(), Implementation.HOST);

    static Program withSpawns(Program.Body... bodies) {
        List<Program.Body> all = new ArrayList<>(List.of(subflow("bank:transfer", TRANSFER_BODY)));
        all.addAll(List.of(bodies));
        return program(List.of(LEDGER_TYPE, SIDE_TYPE), List.of(TRANSFER, COUNT, SHOW, SPAWN, JOIN), all);
    }

    static Node spawnThenJoin(Node task) {
        return new Node.Spawn("rt:spawn", task, "t", call("rt:join", List.of(var("t", TASK)), end()), AT);
    }

    @Test
    void aSpawnBindsItsHandleOnTheRunningPathOnly() {
        assertEquals(List.of(), RecheckIr.check(withSpawns(flow(spawnThenJoin(show(text("in the task"), end()))))));
        assertRejects(withSpawns(flow(spawnThenJoin(call("rt:join", List.of(var("t", TASK)), end())))), "the variable t is not in scope");
        assertRejects(withSpawns(flow(new Node.Spawn("rt:spawn", end(), "t", call("rt:join", List.of(var("t", U32)), end()), AT))),
                "an expression claims type u32 but has type Task");
    }

    @Test
    void aTaskNeitherJumpsOutNorConstructs() {
        assertRejects(withSpawns(flow(countLoop(on("next", "c", spawnThenJoin(jump("loop", lit(0, U32), lit(1, U32)))), on("stop", end())))),
                "@loop is not inside the handlers of loop #loop");
        assertEquals(List.of(), RecheckIr.check(withSpawns(flow(spawnThenJoin(countLoop(
                on("next", "c", jump("loop", lit(0, U32), lit(1, U32))), on("stop", end())))))));
        assertRejects(withSpawns(subflow("bank:transfer", spawnThenJoin(construct("insufficient", lit(1, U64))))),
                "a branch constructor inside a spawned task");
    }

    @Test
    void onlyAnEventOfSpawnsShapeIsSpawned() {
        assertRejects(withSpawns(flow(new Node.Spawn("bank:count", end(), "t", end(), AT))), "bank:count cannot be spawned");
        assertRejects(withSpawns(flow(new Node.Spawn("rt:nowhere", end(), "t", end(), AT))), "no event rt:nowhere");
    }

    // ---------------------------------------------------------------- invocations and handlers

    @Test
    void everyNonOptionalBranchMustBeHandled() {
        Node flow = invoke("bank:transfer", List.of(EMPTY_LEDGER, lit(1, U64), lit(2, U64), lit(5, U64)), on("done", "l", end()));
        assertRejects(withFlows(flow), "bank:transfer | insufficient is not handled");
    }

    @Test
    void aHandlerForABranchTheEventLacksIsRefused() {
        assertRejects(withFlows(countLoop(on("next", "c", end()), on("stop", end()), on("later", end()))),
                "bank:count has no branch later");
    }

    @Test
    void aBranchNeedsExactlyOneUnguardedHandlerWhenItHasSeveral() {
        assertRejects(withFlows(countLoop(on("next", "c", end()), on("next", "d", end()), on("stop", end()))),
                "bank:count | next has 2 handlers, 2 unguarded");
        Expr always = new Expr.BoolLit(true, AT);
        assertRejects(withFlows(countLoop(when("next", "c", always, end()), when("next", "d", always, end()), on("stop", end()))),
                "bank:count | next has 2 handlers, 0 unguarded");
    }

    @Test
    void aHandlerBindsExactlyWhenTheBranchHasAPayload() {
        assertRejects(withFlows(countLoop(on("next", end()), on("stop", end()))), "bank:count | next must bind its payload");
        assertRejects(withFlows(countLoop(on("next", "c", end()), on("stop", "s", end()))),
                "bank:count | stop binds a payload the branch does not have");
    }

    @Test
    void aVoidEventIsCalledAndAnEventWithBranchesIsInvoked() {
        assertRejects(withFlows(invoke("bank:show", List.of(text("hi")))), "bank:show is void: it is called, not invoked");
        assertRejects(withFlows(call("bank:count", List.of(lit(0, U32), lit(1, U32)), end())),
                "bank:count has branches: it must be invoked and handled, not called");
    }

    @Test
    void argumentsMatchTheCalleesInputsInCountAndType() {
        assertRejects(withFlows(call("bank:show", List.of(), end())), "bank:show takes 1 arguments, given 0");
        assertRejects(withFlows(call("bank:nothing", List.of(), end())), "no event bank:nothing");
    }

    @Test
    void wideningTheWrongWayIsRefused() {
        assertRejects(withFlows(transferFlow(EMPTY_LEDGER, lit(1, U64), lit(2, U64), lit(-5, I32))),
                "argument amount of bank:transfer needs u64, found i32");
        Node narrowing = countLoopFrom(List.of(lit(0, U64), lit(10, U32)), on("next", "c", end()), on("stop", end()));
        assertRejects(withFlows(narrowing), "argument i of bank:count needs u32, found u64");
    }

    // ---------------------------------------------------------------- types of expressions

    @Test
    void aLiteralMustBeWhatItClaims() {
        assertRejects(withFlows(show(lit(5, Ty.TEXT), end())), "an integer literal claims type str");
        assertRejects(withFlows(countLoop(on("next", "c", jump("loop", lit(300, U8), lit(1, U32))), on("stop", end()))),
                "300 is out of range for u8");
    }

    @Test
    void anExpressionMustClaimTheTypeItHas() {
        Node body = construct("insufficient", var("amount", U32));
        assertRejects(withTransferBody(body), "an expression claims type u32 but has type u64");
        Node sum = construct("insufficient", bin(BinaryOp.ADD, var("amount", U64), lit(1, U8), U8));
        assertRejects(withTransferBody(sum), "an expression claims type u8 but has type u64");
    }

    @Test
    void aRecordLiteralsFieldsFollowTheDeclarationOrder() {
        Expr swapped = new Expr.RecordLit("bank:Ledger", List.of(lit(0, U64), fn(Expr.Function.EMPTY_MAP, BALANCES)), AT);
        assertRejects(withFlows(transferFlow(swapped, lit(1, U64), lit(2, U64), lit(5, U64))),
                "field balances of bank:Ledger needs Map<u64, u64>, found u64");
        Expr tooShort = new Expr.RecordLit("bank:Ledger", List.of(lit(0, U64)), AT);
        assertRejects(withFlows(transferFlow(tooShort, lit(1, U64), lit(2, U64), lit(5, U64))),
                "a literal of bank:Ledger has 1 fields, bank:Ledger declares 2");
    }

    @Test
    void integerOperationsNeedOneSignedness() {
        Node body = construct("insufficient", bin(BinaryOp.ADD, var("amount", U64), lit(1, I32), U64));
        assertRejects(withTransferBody(body), "needs numbers of one signedness, found u64 and i32");
    }

    @Test
    void logicNeedsBoolsConcatNeedsTextAndImplicationOnlyInContracts() {
        Expr and = bin(BinaryOp.AND, var("amount", U64), new Expr.BoolLit(true, AT), Ty.BOOL);
        assertRejects(withTransferBody(new Node.If(and, construct("insufficient", var("amount", U64)),
                construct("insufficient", var("amount", U64)), AT)), "AND does not apply to u64 and bool");
        assertRejects(withFlows(show(bin(BinaryOp.CONCAT, lit(1, U64), lit(2, U64), Ty.TEXT), end())),
                "CONCAT does not apply to u64 and u64");
        Expr implies = bin(BinaryOp.IMPLIES, new Expr.BoolLit(true, AT), new Expr.BoolLit(false, AT), Ty.BOOL);
        assertRejects(withFlows(new Node.If(implies, end(), end(), AT)), "==> needs two bools, in a contract only");
    }

    @Test
    void conditionsGuardsAndContractsAreBools() {
        assertRejects(withFlows(new Node.If(lit(1, U8), end(), end(), AT)), "an if condition needs bool, found u8");
        assertRejects(withFlows(countLoop(when("next", "c", dot(var("c", NEXT), "i", U32), end()), on("next", "d", end()),
                on("stop", end()))), "a handler guard needs bool, found u32");
        Event badPre = event("bank:bad", List.of(field("x", U64)), Optional.of(var("x", U64)), Implementation.HOST);
        assertRejects(withEvents(badPre), "the precondition of bank:bad needs bool, found u64");
        Node overBool = new Node.For("k", new Node.Iteration.Elements(new Expr.BoolLit(true, AT)), end(), end(), AT);
        assertRejects(withFlows(overBool), "for needs a range of integers of one signedness or a list");
    }

    @Test
    void mapsAreReadWithTheirKeyTypeAndBuiltinsKeepTheirSignatures() {
        Expr byText = new Expr.Read(balances(), text("alice"), U64, AT);
        assertRejects(withTransferBody(construct("insufficient", byText)), "m[k] needs a map and a key of its key type");
        Expr putText = fn(Expr.Function.PUT, BALANCES, balances(), var("from", U64), text("lots"));
        Expr sumOfPut = fn(Expr.Function.SUM, U64, putText);
        assertRejects(withTransferBody(construct("insufficient", sumOfPut)), "PUT does not apply to [Map<u64, u64>, u64, str]");
        assertRejects(withTransferBody(construct("insufficient", fn(Expr.Function.LEN, U64, var("amount", U64)))),
                "LEN does not apply to [u64]");
    }

    // ---------------------------------------------------------------- names

    @Test
    void everyReferencedNameMustBeDeclared() {
        assertRejects(withFlows(show(concat(text("x"), new Expr.EnumLit("bank:Side", "sideways", AT)), end())),
                "no enumeration value bank:Side.sideways");
        assertRejects(withFlows(transferFlow(EMPTY_LEDGER, lit(1, U64), lit(2, U64),
                dot(new Expr.RecordLit("bank:Ledger", List.of(fn(Expr.Function.EMPTY_MAP, BALANCES), lit(0, U64)), AT), "owner", U64))),
                "no field owner");
        Event usesGhost = event("bank:ghost", List.of(field("x", new Ty.Record("bank:Ghost"))), Optional.empty(), Implementation.HOST);
        assertRejects(withEvents(usesGhost), "field x has the undeclared or invalid type bank:Ghost");
    }

    @Test
    void nothingIsDeclaredTwice() {
        assertRejects(withEvents(SHOW), "event bank:show is declared twice");
        assertRejects(program(List.of(LEDGER_TYPE, SIDE_TYPE, SIDE_TYPE), List.of(SHOW), List.of()), "type bank:Side is declared twice");
        assertRejects(program(List.of(new TypeDecl.EnumType("bank:E", List.of("a", "a"), AT)), List.of(), List.of()),
                "value a is declared twice");
        assertRejects(withEvents(event("bank:twice", List.of(field("x", U64), field("x", U64)), Optional.empty(), Implementation.HOST)),
                "x is declared twice");
        assertRejects(withEvents(event("bank:two", List.of(), Optional.empty(), Implementation.HOST,
                branch("a", none(), Optional.empty()), branch("a", none(), Optional.empty()))), "branch a is declared twice");
        Node twoLoops = countLoop(on("next", "c", countLoop(on("next", "d", end()), on("stop", end()))), on("stop", end()));
        assertRejects(withFlows(twoLoops), "label #loop is declared twice in one body");
    }

    @Test
    void aSubflowEventHasExactlyOneSubflowAndOnlySubflowEventsHaveOne() {
        assertRejects(program(List.of(LEDGER_TYPE, SIDE_TYPE), List.of(TRANSFER, COUNT, SHOW), List.of()),
                "bank:transfer is implemented by SUBFLOW but has 0 subflows");
        assertRejects(program(List.of(LEDGER_TYPE, SIDE_TYPE), List.of(TRANSFER, COUNT, SHOW),
                List.of(subflow("bank:transfer", TRANSFER_BODY), subflow("bank:show", end()))),
                "bank:show is implemented by HOST but has 1 subflows");
    }
}
