package koru.kernel.obligations;

import static koru.kernel.ir.Expr.BinaryOp.ADD;
import static koru.kernel.ir.Expr.BinaryOp.AND;
import static koru.kernel.ir.Expr.BinaryOp.EQ;
import static koru.kernel.ir.Expr.BinaryOp.GE;
import static koru.kernel.ir.Expr.BinaryOp.LE;
import static koru.kernel.ir.Expr.BinaryOp.LT;
import static koru.kernel.ir.Expr.BinaryOp.NE;
import static koru.kernel.ir.Expr.BinaryOp.SUB;
import static koru.kernel.ir.Expr.Function.EMPTY_MAP;
import static koru.kernel.ir.Expr.Function.PUT;
import static koru.kernel.ir.Expr.Function.SUM;
import static koru.kernel.ir.Program.Implementation.HOST;
import static koru.kernel.ir.Program.Implementation.SUBFLOW;
import static koru.kernel.obligations.Ir.*;
import static koru.kernel.obligations.Obligation.Kind.INV;
import static koru.kernel.obligations.Obligation.Kind.OVERFLOW;
import static koru.kernel.obligations.Obligation.Kind.POST;
import static koru.kernel.obligations.Obligation.Kind.PRE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Program;
import koru.kernel.ir.Ty;
import org.junit.jupiter.api.Test;

/**
 * examples/ledger.kz and the classic ledger bugs: {@code transfer} must keep {@code sum(balances) ==
 * supply} (inv), never overflow, keep the supply (post); callers must pass {@code from != to} (pre).
 */
class LedgerObligationsTest {
    static final Ty LEDGER = new Ty.Record("ledger:Ledger");
    static final Ty BALANCES = new Ty.MapOf(U64, U64);
    static final Expr BOOK = var("book", LEDGER);
    static final Expr B = field(BOOK, "balances", BALANCES);
    static final Expr SUPPLY = field(BOOK, "supply", U64);
    static final Expr FROM = var("from", U64);
    static final Expr TO = var("to", U64);
    static final Expr AMOUNT = var("amount", U64);

    static final Program.TypeDecl LEDGER_TYPE = recordType("ledger:Ledger",
            Optional.of(test(fn(SUM, U64, var("balances", BALANCES)), EQ, var("supply", U64))),
            f("balances", BALANCES), f("supply", U64));

    static Expr put(Expr map, Expr key, Expr value) {
        return fn(PUT, BALANCES, map, key, value);
    }

    static Expr at(Expr key) {
        return read(B, key, U64);
    }

    /** {@code done { balances: put(put(B, from, B[from] - amount), to, B[to] + amount), supply: book.supply }}. */
    static Expr transferred() {
        return put(put(B, FROM, op(11, at(FROM), SUB, AMOUNT, U64)), TO, op(12, at(TO), ADD, AMOUNT, U64));
    }

    static Program ledger(Optional<Expr> pre, Expr doneBalances, Expr doneSupply, Expr insufficient, Program.Body... callers) {
        Program.Event transfer = event("ledger:transfer",
                List.of(f("book", LEDGER), f("from", U64), f("to", U64), f("amount", U64)), pre, SUBFLOW,
                branch("done", LEDGER, Optional.of(test(field(var("done", LEDGER), "supply", U64), EQ, field(in("book", LEDGER), "supply", U64)))),
                branch("insufficient", U64, Optional.of(test(var("insufficient", U64), LT, in("amount", U64)))));
        Program.Event openBook = event("ledger:open_book", List.of(f("alice", U64), f("bob", U64)),
                Optional.of(test(test(var("alice", U64), LE, num(1_000_000, U64)), AND, test(var("bob", U64), LE, num(1_000_000, U64)))),
                HOST, branch("opened", LEDGER, Optional.empty()));
        Program.Body body = subflow("ledger:transfer", when(test(at(FROM), GE, AMOUNT),
                construct(13, "done", record(10, "ledger:Ledger", doneBalances, doneSupply)),
                construct(14, "insufficient", insufficient)));
        List<Program.Body> bodies = new java.util.ArrayList<>(List.of(body));
        bodies.addAll(List.of(callers));
        return program(List.of(LEDGER_TYPE), List.of(transfer, openBook), bodies.toArray(Program.Body[]::new));
    }

    static final Optional<Expr> FROM_NE_TO = Optional.of(test(FROM, NE, TO));

    /** {@code ~open_book(alice: 100, bob: 50) | opened book |> transfer(book: book, from: F, to: T, amount: 30)}. */
    static Program.Body caller(long from, long to) {
        return flow(invoke(1, "ledger:open_book", List.of(num(100, U64), num(50, U64)),
                on("opened", "book", invoke(20, "ledger:transfer", List.of(BOOK, num(from, U64), num(to, U64), num(30, U64)),
                        on("done", "after", end()), on("insufficient", "have", end())))));
    }

    @Test
    void transferKeepsTheSupplyTheInvariantAndItsRanges() {
        Verdicts verdicts = Verdicts.of(ledger(FROM_NE_TO, transferred(), SUPPLY, at(FROM)));
        verdicts.proven(POST, 13);
        verdicts.proven(POST, 14);
        verdicts.proven(INV, 10);
        verdicts.proven(OVERFLOW, 11);
        verdicts.proven(OVERFLOW, 12);
        assertEquals(5, verdicts.all().size());
    }

    @Test
    void aCallerMustPassTwoDifferentAccounts() {
        Verdicts verdicts = Verdicts.of(ledger(FROM_NE_TO, transferred(), SUPPLY, at(FROM), caller(1, 2)));
        verdicts.proven(PRE, 20);
        Verdicts self = Verdicts.of(ledger(FROM_NE_TO, transferred(), SUPPLY, at(FROM), caller(1, 1)));
        self.failed(PRE, 20);
    }

    @Test
    void forgettingTheCreditBreaksTheInvariant() {
        Verdicts verdicts = Verdicts.of(ledger(FROM_NE_TO, put(B, FROM, op(11, at(FROM), SUB, AMOUNT, U64)), SUPPLY, at(FROM)));
        verdicts.failed(INV, 10);
        verdicts.proven(OVERFLOW, 11);
        verdicts.proven(POST, 13);
    }

    @Test
    void aSelfTransferBreaksTheInvariantWithoutFromNeTo() {
        Verdicts verdicts = Verdicts.of(ledger(Optional.empty(), transferred(), SUPPLY, at(FROM)));
        assertEquals(verdicts.failed(INV, 10).get("from"), verdicts.failed(INV, 10).get("to"));
    }

    @Test
    void creditingTheSenderBreaksTheInvariant() {
        Expr wrong = put(put(B, FROM, op(11, at(FROM), SUB, AMOUNT, U64)), FROM, op(12, at(FROM), ADD, AMOUNT, U64));
        Verdicts.of(ledger(FROM_NE_TO, wrong, SUPPLY, at(FROM))).failed(INV, 10);
    }

    @Test
    void theSupplyMustBeKept() {
        Verdicts.of(ledger(FROM_NE_TO, transferred(), AMOUNT, at(FROM))).failed(POST, 13);
    }

    @Test
    void insufficientMustReportLessThanTheAmount() {
        Verdicts.of(ledger(FROM_NE_TO, transferred(), SUPPLY, at(TO))).failed(POST, 14);
    }

    /** {@code ~open_book = opened { balances: put(put(map(), 1, alice), 2, bob), supply: S }}. */
    static Verdicts openBook(Expr supply) {
        Program.Event openBook = event("ledger:open_book", List.of(f("alice", U64), f("bob", U64)),
                Optional.of(test(test(var("alice", U64), LE, num(1_000_000, U64)), AND, test(var("bob", U64), LE, num(1_000_000, U64)))),
                SUBFLOW, branch("opened", LEDGER, Optional.empty()));
        Expr balances = put(put(fn(EMPTY_MAP, BALANCES), num(1, U64), var("alice", U64)), num(2, U64), var("bob", U64));
        return Verdicts.of(program(List.of(LEDGER_TYPE), List.of(openBook),
                subflow("ledger:open_book", construct(13, "opened", record(10, "ledger:Ledger", balances, supply)))));
    }

    @Test
    void openingABookIsBalancedAndCannotOverflow() {
        Verdicts verdicts = openBook(op(12, var("alice", U64), ADD, var("bob", U64), U64));
        verdicts.proven(INV, 10);
        verdicts.proven(OVERFLOW, 12);
    }

    @Test
    void openingABookWithOnlyAlicesMoneyIsUnbalanced() {
        openBook(var("alice", U64)).failed(INV, 10);
    }
}
