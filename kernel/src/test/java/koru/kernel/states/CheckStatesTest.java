package koru.kernel.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.State;
import koru.kernel.ir.Ty;
import koru.kernel.states.StateCheck.Rule;
import koru.kernel.states.StateCheck.Violation;
import org.junit.jupiter.api.Test;

/**
 * The A7 rules on hand-built Core IR, in the shape of {@code shared/examples/files.kz}: {@code open}
 * issues {@code [opened!]}, {@code close} discharges it, {@code flush} needs {@code [opened]}. Several of
 * these bodies are ones the front end would refuse (KORU032) or repair (auto-discharge): the kernel must
 * not rely on that. Each node sits on its own "line" (an origin of its own), which is how a finding is found.
 */
class CheckStatesTest {
    private static final Ty HANDLE = new Ty.Host("Handle");
    private static final Ty U32 = new Ty.Int(koru.kernel.ir.IntKind.U32);
    private static final State OPENED = new State.Is("m:opened", State.Mark.NONE);

    private static final Event OPEN = event("m:open", List.of(input("path", Ty.TEXT, Optional.empty())),
            branch("opened", Optional.of(new State.Is("m:opened", State.Mark.ISSUES)), false));
    private static final Event OPEN_RETRYING = event("m:open_retrying", List.of(input("path", Ty.TEXT, Optional.empty())),
            branch("opened", Optional.of(new State.Is("m:opened", State.Mark.ISSUES)), false),
            branch("retried", Optional.of(new State.Is("m:opened", State.Mark.ISSUES)), true));
    private static final Event CLOSE = event("m:close", List.of(input("file", HANDLE, Optional.of(new State.Is("m:opened", State.Mark.DISCHARGES)))));
    private static final Event FLUSH = event("m:flush", List.of(input("file", HANDLE, Optional.of(OPENED))));
    private static final Event DESCRIBE = event("m:describe", List.of(input("file", HANDLE, Optional.of(new State.Variable("M", List.of())))));
    private static final Event STEP = event("m:step", List.of(input("n", U32, Optional.empty())),
            new Branch("more", new Program.Payload.None(), Optional.empty(), false, origin(0)),
            new Branch("stop", new Program.Payload.None(), Optional.empty(), false, origin(0)));
    /** Hands its caller a handle with the obligation ({@code [opened!]}) or without it ({@code [opened]}). */
    private static final Event ACQUIRE = event("m:acquire", List.of(input("path", Ty.TEXT, Optional.empty())),
            branch("owned", Optional.of(new State.Is("m:opened", State.Mark.ISSUES)), false),
            branch("lent", Optional.of(OPENED), false));

    private static final Ty TASK = new Ty.Host("Task");
    /** {@code std.rt:spawn}'s shape: its {@code running} branch hands over a handle with {@code [running!]}. */
    private static final Event SPAWN = event("rt:spawn", List.of(),
            new Branch("task", new Program.Payload.None(), Optional.empty(), false, origin(0)),
            new Branch("running", new Program.Payload.One(TASK, Optional.of(new State.Is("rt:running", State.Mark.ISSUES))),
                    Optional.empty(), false, origin(0)));
    private static final Event JOIN = event("rt:join", List.of(input("task", TASK, Optional.of(new State.Is("rt:running", State.Mark.DISCHARGES)))));

    private static int lines;

    @Test
    void anObligationClosedOnEveryPathHolds() {
        List<StateCheck> checks = check(flow(openThen(line(), call(line(), CLOSE, f()))));
        assertTrue(checks.stream().allMatch(StateCheck::holds), checks::toString);
        assertEquals(Set.of(StateCheck.Kind.STATE, StateCheck.Kind.OBLIGATION), kinds(checks));
    }

    @Test
    void anObligationLeftOpenLeaksAtTheEndOfThePath() {
        int end = line();
        List<Violation> found = violations(check(flow(openThen(line(), new Node.End(origin(end))))));
        assertEquals(List.of(Rule.LEAK), rules(found));
        assertEquals(origin(end), found.get(0).at());
        assertEquals("f", found.get(0).subject());
    }

    @Test
    void bothSidesOfAnIfMustSettleTheObligation() {
        int otherwise = line();
        Node body = new Node.If(new Expr.BoolLit(true, origin(0)), call(line(), CLOSE, f()), new Node.End(origin(otherwise)), origin(0));
        List<Violation> found = violations(check(flow(openThen(line(), body))));
        assertEquals(List.of(Rule.LEAK), rules(found));
        assertEquals(origin(otherwise), found.get(0).at());
    }

    @Test
    void aSecondDischargeIsAUseAfterDischarge() {
        int second = line();
        int first = line();
        Node twice = new Node.Call("m:close", List.of(f(first)), new Node.Call("m:close", List.of(f(second)), end(), origin(0)), origin(0));
        List<Violation> found = violations(check(flow(openThen(line(), twice))));
        assertEquals(List.of(Rule.USE_AFTER_DISCHARGE), rules(found));
        assertEquals(origin(second), found.get(0).at());
        assertEquals(Optional.of(origin(first)), found.get(0).earlier());
    }

    @Test
    void aDischargedValueIsNotUsedEvenInACondition() {
        int left = line();
        int right = line();
        Expr mentionsF = new Expr.Binary(Expr.BinaryOp.EQ, f(left), f(right), Ty.BOOL, origin(0));
        Node body = new Node.Call("m:close", List.of(f()), new Node.If(mentionsF, end(), end(), origin(0)), origin(0));
        List<Violation> found = violations(check(flow(openThen(line(), body))));
        assertEquals(List.of(Rule.USE_AFTER_DISCHARGE, Rule.USE_AFTER_DISCHARGE), rules(found));
        assertEquals(List.of(origin(left), origin(right)), found.stream().map(Violation::at).toList());
    }

    @Test
    void aValueInTheWrongStateOrInNoneIsAMismatchButAStateVariableTakesAnything() {
        Event make = event("m:make", List.of(), branch("made", Optional.of(new State.Is("m:fresh", State.Mark.NONE)), false));
        int flush = line();
        Node root = new Node.Invoke("m:make", List.of(), List.of(handler("made", "f",
                call(line(), FLUSH, f(flush), call(line(), DESCRIBE, f(), end())))), origin(0));
        List<Violation> found = violations(check(flow(root), make));
        assertEquals(List.of(Rule.MISMATCH), rules(found));
        assertEquals(origin(flush), found.get(0).at());
        assertEquals(List.of("m:fresh"), found.get(0).states());

        Body plain = new Body(Body.Kind.SUBFLOW, Optional.of("m:drain"), call(line(), FLUSH, new Expr.Var("h", HANDLE, origin(0)), end()), origin(0));
        Event drain = event("m:drain", List.of(input("h", HANDLE, Optional.empty())));
        assertEquals(List.of(Rule.MISMATCH), rules(violations(check(plain, drain))));
        Body anyState = new Body(Body.Kind.SUBFLOW, Optional.of("m:drain"), call(line(), DESCRIBE, new Expr.Var("h", HANDLE, origin(0)), end()), origin(0));
        assertTrue(check(anyState, drain).stream().allMatch(StateCheck::holds));
    }

    @Test
    void anObligationEscapesOnlyThroughABranchThatIssuesIt() {
        Node returnOwned = openThen(line(), new Node.Construct("owned", Optional.of(f()), origin(line())));
        assertTrue(check(subflow(ACQUIRE, returnOwned)).stream().allMatch(StateCheck::holds));
        int lent = line();
        Node returnLent = openThen(line(), new Node.Construct("lent", Optional.of(f()), origin(lent)));
        List<Violation> found = violations(check(subflow(ACQUIRE, returnLent)));
        assertEquals(List.of(Rule.LEAK), rules(found));
        assertEquals(origin(lent), found.get(0).at());
    }

    @Test
    void aSubflowMustSettleTheObligationItsInputTookOver() {
        Body keeps = subflow(CLOSE, new Node.End(origin(line())));
        assertEquals(List.of(Rule.LEAK), rules(violations(check(keeps))));
        Event finish = event("m:finish", List.of(input("file", HANDLE, Optional.of(new State.Is("m:opened", State.Mark.DISCHARGES)))));
        Body passesOn = subflow(finish, call(line(), CLOSE, new Expr.Var("file", HANDLE, origin(0)), end()));
        assertTrue(check(passesOn, finish).stream().allMatch(StateCheck::holds));
    }

    @Test
    void anOptionalBranchNobodyHandlesEndsThePathWithItsObligation() {
        int call = line();
        Node root = new Node.Invoke("m:open_retrying", List.of(new Expr.TextLit("a", origin(0))),
                List.of(handler("opened", "f", call(line(), CLOSE, f(), end()))), origin(call));
        List<Violation> found = violations(check(flow(root)));
        assertEquals(List.of(Rule.LEAK), rules(found));
        assertEquals(origin(call), found.get(0).at());
    }

    @Test
    void anOuterObligationIsSuspendedInALabelLoopAndSettledOnItsExit() {
        Node loop = loop(handler("more", null, call(line(), FLUSH, f(), jump())), handler("stop", null, call(line(), CLOSE, f(), end())));
        assertTrue(check(flow(openThen(line(), loop))).stream().allMatch(StateCheck::holds));
    }

    @Test
    void dischargingAnOuterObligationOnAPathThatGoesRoundAgainIsRefused() {
        int close = line();
        int jump = line();
        Node loop = loop(handler("more", null, call(line(), CLOSE, f(close), new Node.Jump("again", List.of(num()), origin(jump)))),
                handler("stop", null, end()));
        List<Violation> found = violations(check(flow(openThen(line(), loop))));
        assertEquals(Set.of(Rule.DISCHARGED_IN_LOOP, Rule.LEAK), Set.copyOf(rules(found)), found::toString);
        Violation inLoop = found.stream().filter(v -> v.rule() == Rule.DISCHARGED_IN_LOOP).findFirst().orElseThrow();
        assertEquals(origin(close), inLoop.at());
        assertEquals(Optional.of(origin(jump)), inLoop.earlier());
    }

    @Test
    void aJumpEndsTheRoundForWhatTheRoundOpened() {
        int jump = line();
        Node round = openThen(line(), new Node.Jump("again", List.of(num()), origin(jump)));
        Node loop = loop(handler("more", null, round), handler("stop", null, end()));
        List<Violation> found = violations(check(flow(loop)));
        assertEquals(List.of(Rule.LEAK), rules(found));
        assertEquals(origin(jump), found.get(0).at());
    }

    @Test
    void theEndOfAForRoundSettlesWhatItOpenedAndKeepsWhatWasOpenBefore() {
        int roundEnd = line();
        Node opensAndKeeps = new Node.For("i", range(), openThen(line(), new Node.End(origin(roundEnd))), end(), origin(0));
        List<Violation> found = violations(check(flow(opensAndKeeps)));
        assertEquals(List.of(Rule.LEAK), rules(found));
        assertEquals(origin(roundEnd), found.get(0).at());

        int close = line();
        Node closesOuter = new Node.For("i", range(), call(line(), CLOSE, f(close), end()), end(), origin(0));
        List<Violation> outer = violations(check(flow(openThen(line(), closesOuter))));
        assertEquals(Set.of(Rule.DISCHARGED_IN_LOOP, Rule.LEAK), Set.copyOf(rules(outer)), outer::toString);
        assertEquals(origin(close), outer.stream().filter(v -> v.rule() == Rule.DISCHARGED_IN_LOOP).findFirst().orElseThrow().at());

        Node closesAfter = new Node.For("i", range(), call(line(), FLUSH, f(), end()), call(line(), CLOSE, f(), end()), origin(0));
        assertTrue(check(flow(openThen(line(), closesAfter))).stream().allMatch(StateCheck::holds));
    }

    @Test
    void aSpawnedTaskMustBeJoinedOnThePathThatGoesOn() {
        assertTrue(check(flow(spawn(end(), call(line(), JOIN, t(), end()))), SPAWN, JOIN).stream().allMatch(StateCheck::holds));

        int leak = line();
        List<Violation> unjoined = violations(check(flow(spawn(end(), new Node.End(origin(leak)))), SPAWN, JOIN));
        assertEquals(List.of(Rule.LEAK), rules(unjoined));
        assertEquals(origin(leak), unjoined.get(0).at());
        assertEquals("t", unjoined.get(0).subject());
    }

    @Test
    void joiningATaskTwiceIsAUseAfterDischarge() {
        int second = line();
        List<Violation> found = violations(check(flow(spawn(end(), call(line(), JOIN, t(), call(line(), JOIN, t(second), end())))), SPAWN, JOIN));
        assertEquals(List.of(Rule.USE_AFTER_DISCHARGE), rules(found));
        assertEquals(origin(second), found.get(0).at());
    }

    @Test
    void anObligationMadeInsideTheTaskIsSettledThereAndOnlyThere() {
        Node settled = spawn(openThen(line(), call(line(), CLOSE, f(), end())), call(line(), JOIN, t(), end()));
        assertTrue(check(flow(settled), SPAWN, JOIN).stream().allMatch(StateCheck::holds));

        int taskEnd = line();
        Node kept = spawn(openThen(line(), new Node.End(origin(taskEnd))), call(line(), JOIN, t(), end()));
        List<Violation> found = violations(check(flow(kept), SPAWN, JOIN));
        assertEquals(List.of(Rule.LEAK), rules(found));
        assertEquals(origin(taskEnd), found.get(0).at());
    }

    @Test
    void aTaskNamesNoOuterResourceNeitherToDischargeNorToReadIt() {
        int close = line();
        Node closesOuter = spawn(call(line(), CLOSE, f(close), end()), call(line(), JOIN, t(), call(line(), CLOSE, f(), end())));
        List<Violation> closed = violations(check(flow(openThen(line(), closesOuter)), SPAWN, JOIN));
        assertEquals(List.of(Rule.SHARED_WITH_TASK), rules(closed), closed::toString);
        assertEquals(origin(close), closed.get(0).at());

        // The spawning path closes f while the task may still be flushing it.
        int flush = line();
        Node readsOuter = spawn(call(line(), FLUSH, f(flush), end()), call(line(), CLOSE, f(), call(line(), JOIN, t(), end())));
        List<Violation> read = violations(check(flow(openThen(line(), readsOuter)), SPAWN, JOIN));
        assertEquals(List.of(Rule.SHARED_WITH_TASK), rules(read), read::toString);
        assertEquals(origin(flush), read.get(0).at());
    }

    @Test
    void aTaskSpawnedInAForRoundIsJoinedWithinTheRound() {
        Node joined = new Node.For("i", range(), spawn(end(), call(line(), JOIN, t(), end())), end(), origin(0));
        assertTrue(check(flow(joined), SPAWN, JOIN).stream().allMatch(StateCheck::holds));

        int roundEnd = line();
        Node carried = new Node.For("i", range(), spawn(end(), new Node.End(origin(roundEnd))), end(), origin(0));
        List<Violation> found = violations(check(flow(carried), SPAWN, JOIN));
        assertEquals(List.of(Rule.LEAK), rules(found));
        assertEquals(origin(roundEnd), found.get(0).at());
    }

    @Test
    void illFormedIrIsRefusedBeforeAnyStateIsChecked() {
        Node undeclared = new Node.Invoke("m:nowhere", List.of(), List.of(), origin(line()));
        assertThrows(IllegalArgumentException.class, () -> check(flow(undeclared)));
    }

    // --- IR builders ---

    /** The states of {@code body} in a program of the events above and {@code more}; a subflow implements its event. */
    private static List<StateCheck> check(Body body, Event... more) {
        List<Event> events = new java.util.ArrayList<>(List.of(OPEN, OPEN_RETRYING, CLOSE, FLUSH, DESCRIBE, STEP, ACQUIRE));
        events.addAll(List.of(more));
        events.replaceAll(e -> body.implementing().equals(Optional.of(e.name()))
                ? new Event(e.name(), e.inputs(), e.pre(), e.branches(), e.flags(), Program.Implementation.SUBFLOW, e.origin()) : e);
        return CheckStates.of(new Program(List.of(), events, List.of(body), List.of()));
    }

    private static List<Violation> violations(List<StateCheck> checks) {
        return checks.stream().flatMap(c -> c.violations().stream()).toList();
    }

    private static List<Rule> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    private static Set<StateCheck.Kind> kinds(List<StateCheck> checks) {
        return Set.copyOf(checks.stream().map(StateCheck::kind).toList());
    }

    private static Node openThen(int line, Node body) {
        Node.Handler opened = new Node.Handler("opened", Optional.of("f"), Optional.empty(), body, origin(line));
        return new Node.Invoke("m:open", List.of(new Expr.TextLit("a.txt", origin(0))), List.of(opened), origin(line));
    }

    private static Node spawn(Node task, Node running) {
        return new Node.Spawn("rt:spawn", task, "t", running, origin(line()));
    }

    private static Expr t() {
        return t(line());
    }

    private static Expr t(int line) {
        return new Expr.Var("t", TASK, origin(line));
    }

    private static Node loop(Node.Handler more, Node.Handler stop) {
        return new Node.Loop("again", Optional.empty(), new Node.Invoke("m:step", List.of(num()), List.of(more, stop), origin(0)), origin(0));
    }

    private static Node jump() {
        return new Node.Jump("again", List.of(num()), origin(0));
    }

    private static Node.Iteration range() {
        return new Node.Iteration.Range(num(), new Expr.IntLit(java.math.BigInteger.TEN, U32, origin(0)));
    }

    private static Expr num() {
        return new Expr.IntLit(java.math.BigInteger.ONE, U32, origin(0));
    }

    private static Node.Handler handler(String branch, String binding, Node body) {
        return new Node.Handler(branch, Optional.ofNullable(binding), Optional.empty(), body, origin(0));
    }

    private static Node call(int line, Event event, Expr arg, Node next) {
        return new Node.Call(event.name(), List.of(arg), next, origin(line));
    }

    private static Node call(int line, Event event, Expr arg) {
        return call(line, event, arg, end());
    }

    private static Expr f() {
        return f(line());
    }

    private static Expr f(int line) {
        return new Expr.Var("f", HANDLE, origin(line));
    }

    private static Node end() {
        return new Node.End(origin(line()));
    }

    private static Body flow(Node root) {
        return new Body(Body.Kind.FLOW, Optional.empty(), root, origin(0));
    }

    private static Body subflow(Event event, Node root) {
        return new Body(Body.Kind.SUBFLOW, Optional.of(event.name()), root, origin(0));
    }

    private static Event event(String name, List<Field> inputs, Branch... branches) {
        return new Event(name, inputs, Optional.empty(), List.of(branches), Set.of(), Program.Implementation.NONE, origin(0));
    }

    private static Field input(String name, Ty type, Optional<State> state) {
        return new Field(name, type, state, origin(0));
    }

    private static Branch branch(String name, Optional<State> state, boolean optional) {
        return new Branch(name, new Program.Payload.One(HANDLE, state), Optional.empty(), optional, origin(0));
    }

    private static int line() {
        return ++lines;
    }

    private static Origin origin(int line) {
        return new Origin("states.kz", line, line);
    }
}
