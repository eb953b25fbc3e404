package koru.kernel.obligations;

import static koru.kernel.ir.Expr.BinaryOp.EQ;
import static koru.kernel.ir.Expr.Function.HAS;
import static koru.kernel.ir.Expr.Function.INTER;
import static koru.kernel.ir.Expr.Function.LEN;
import static koru.kernel.ir.Expr.Function.SET;
import static koru.kernel.ir.Program.Implementation.HOST;
import static koru.kernel.ir.Program.Implementation.SUBFLOW;
import static koru.kernel.obligations.Ir.*;
import static koru.kernel.obligations.Obligation.Kind.POST;
import static koru.kernel.obligations.Obligation.Kind.PRE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Node;
import koru.kernel.ir.Program;
import koru.kernel.ir.Ty;
import org.junit.jupiter.api.Test;

/** examples/capabilities.kz and reject/missing_right.kz: a right must provably be held where an event needs it. */
class CapabilityObligationsTest {
    static final Ty RIGHT = new Ty.Enum("c:Right");
    static final Ty RIGHTS = new Ty.SetOf(RIGHT);
    static final Ty CAP = new Ty.Record("c:DocCap");

    static Expr right(String name) {
        return enumValue("c:Right", name);
    }

    static Expr rights(Expr cap) {
        return field(cap, "rights", RIGHTS);
    }

    static Program program(Program.Implementation restrictBy, Program.Body... bodies) {
        Program.Event grant = event("c:grant", List.of(f("doc", U64)), Optional.empty(), HOST, branch("granted", CAP,
                Optional.of(test(rights(var("granted", CAP)), EQ, fn(SET, RIGHTS, right("read"), right("write"))))));
        Program.Event restrict = event("c:restrict", List.of(f("cap", CAP), f("keep", RIGHTS)), Optional.empty(), restrictBy,
                branch("restricted", CAP, Optional.of(test(rights(var("restricted", CAP)), EQ,
                        fn(INTER, RIGHTS, rights(in("cap", CAP)), in("keep", RIGHTS))))));
        Program.Event edit = event("c:edit", List.of(f("cap", CAP), f("text", Ty.TEXT)),
                Optional.of(fn(HAS, Ty.BOOL, rights(var("cap", CAP)), right("write"))), HOST);
        return Ir.program(List.of(enumType("c:Right", "read", "write", "admin"),
                recordType("c:DocCap", Optional.empty(), f("doc", U64), f("rights", RIGHTS))), List.of(grant, restrict, edit), bodies);
    }

    /** {@code ~grant(doc: 7) | granted g |> restrict(cap: g, keep: set(K)) | restricted r |> edit(cap: r, text: "hello")}. */
    static Program.Body grantRestrictEdit(String... kept) {
        Expr keep = fn(SET, RIGHTS, java.util.Arrays.stream(kept).map(CapabilityObligationsTest::right).toArray(Expr[]::new));
        Node edit = call(3, "c:edit", List.of(var("r", CAP), text("hello")));
        return flow(invoke(1, "c:grant", List.of(num(7, U64)), on("granted", "g",
                invoke(2, "c:restrict", List.of(var("g", CAP), keep), on("restricted", "r", edit)))));
    }

    @Test
    void keepingWriteAllowsTheEdit() {
        Verdicts.of(program(HOST, grantRestrictEdit("write"))).proven(PRE, 3);
        Verdicts.of(program(HOST, grantRestrictEdit("read", "write", "admin"))).proven(PRE, 3);
    }

    @Test
    void keepingOnlyReadDoesNotAllowTheEdit() {
        Verdicts.of(program(HOST, grantRestrictEdit("read"))).failed(PRE, 3);
        Verdicts.of(program(HOST, grantRestrictEdit())).failed(PRE, 3);
        Verdicts.of(program(HOST, grantRestrictEdit("admin"))).failed(PRE, 3);
    }

    @Test
    void restrictImplementedByIntersectionMeetsItsContract() {
        Expr cap = var("cap", CAP);
        Program.Body restrict = subflow("c:restrict", construct(4, "restricted",
                record(5, "c:DocCap", field(cap, "doc", U64), fn(INTER, RIGHTS, rights(cap), var("keep", RIGHTS)))));
        Verdicts.of(program(SUBFLOW, restrict)).proven(POST, 4);
        Program.Body amplifying = subflow("c:restrict", construct(4, "restricted",
                record(5, "c:DocCap", field(cap, "doc", U64), var("keep", RIGHTS))));
        Verdicts.of(program(SUBFLOW, amplifying)).failed(POST, 4);
    }

    @Test
    void aBodyWithAListLiteralOutsideAForIsSkippedNotProven() {
        // grant(doc: len([7])): list literals are values verification does not model yet.
        Expr length = fn(LEN, U64, new Expr.ListLit(List.of(num(7, U64)), new Ty.ListOf(U64), at(9)));
        Node grant = invoke(1, "c:grant", List.of(length), on("granted", "g", end()));
        GenerateObligations.Result result = GenerateObligations.of(program(HOST, flow(grant), grantRestrictEdit("read")));
        assertEquals(1, result.skipped().size());
        assertEquals("line9.kz", result.skipped().get(0).construct().file());
        assertEquals(1, result.obligations().size(), "the other body's pre is still generated");
    }
}
