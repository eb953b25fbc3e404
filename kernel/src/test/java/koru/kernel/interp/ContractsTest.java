package koru.kernel.interp;

import static koru.kernel.obligations.Ir.U64;
import static koru.kernel.obligations.Ir.branch;
import static koru.kernel.obligations.Ir.event;
import static koru.kernel.obligations.Ir.f;
import static koru.kernel.obligations.Ir.in;
import static koru.kernel.obligations.Ir.num;
import static koru.kernel.obligations.Ir.op;
import static koru.kernel.obligations.Ir.recordType;
import static koru.kernel.obligations.Ir.test;
import static koru.kernel.obligations.Ir.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.kernel.ir.Expr.BinaryOp;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Implementation;
import org.junit.jupiter.api.Test;

/** The contracts a cross-checker asks about another implementation's inputs and outputs, over unbounded integers. */
class ContractsTest {
    /** {@code ~event withdraw { balance: u64, amount: u64 } where amount > 0 | ok u64 where ok == in.balance - in.amount}. */
    private static final Program BANK = new Program(
            List.of(recordType("m:Range", Optional.of(test(var("lo", U64), BinaryOp.LE, var("hi", U64))), f("lo", U64), f("hi", U64))),
            List.of(event("m:withdraw", List.of(f("balance", U64), f("amount", U64)),
                    Optional.of(test(var("amount", U64), BinaryOp.GT, num(0, U64))), Implementation.HOST,
                    branch("ok", U64, Optional.of(test(var("ok", U64), BinaryOp.EQ,
                            op(in("balance", U64), BinaryOp.SUB, in("amount", U64), U64)))),
                    branch("ratio", U64, Optional.of(test(var("ratio", U64), BinaryOp.EQ,
                            op(7, in("balance", U64), BinaryOp.DIV, in("amount", U64), U64)))))),
            List.of(), List.of());
    private static final Contracts CONTRACTS = new Contracts(BANK);
    private static final Contracts.Check HOLDS = new Contracts.Check.Holds();

    private static Ended.Branch ok(long value) {
        return new Ended.Branch("ok", Optional.of(Value.of(value)));
    }

    @Test
    void preconditions() {
        assertEquals(HOLDS, CONTRACTS.pre("m:withdraw", List.of(Value.of(10), Value.of(1))));
        assertTrue(assertInstanceOf(Contracts.Check.Fails.class, CONTRACTS.pre("m:withdraw", List.of(Value.of(10), Value.of(0))))
                .what().contains("`amount > 0`"));
    }

    @Test
    void postconditionsSeeThePayloadByNameAndTheInputsAsIn() {
        assertEquals(HOLDS, CONTRACTS.post("m:withdraw", List.of(Value.of(10), Value.of(3)), ok(7)));
        assertInstanceOf(Contracts.Check.Fails.class, CONTRACTS.post("m:withdraw", List.of(Value.of(10), Value.of(3)), ok(8)));
        // Unbounded: 3 - 10 is -7 in a contract, which no u64 payload equals; nothing wraps.
        Ended.Branch wrapped = new Ended.Branch("ok", Optional.of(new Value.Int(new java.math.BigInteger("18446744073709551609"))));
        assertInstanceOf(Contracts.Check.Fails.class, CONTRACTS.post("m:withdraw", List.of(Value.of(3), Value.of(10)), wrapped));
        assertTrue(assertInstanceOf(Contracts.Check.Fails.class, CONTRACTS.post("m:withdraw", List.of(Value.of(3), Value.of(0)),
                new Ended.Branch("ratio", Optional.of(Value.of(0))))).what().contains("KORU105"));
        assertInstanceOf(Contracts.Check.Fails.class, CONTRACTS.post("m:withdraw", List.of(Value.of(3), Value.of(1)), new Ended.Branch("nope", Optional.empty())));
    }

    @Test
    void dataInvariants() {
        assertEquals(HOLDS, CONTRACTS.invariant(new Value.Struct("m:Range", Map.of("lo", Value.of(1), "hi", Value.of(1)))));
        assertInstanceOf(Contracts.Check.Fails.class, CONTRACTS.invariant(new Value.Struct("m:Range", Map.of("lo", Value.of(2), "hi", Value.of(1)))));
    }
}
