package koru.elaborator.parse;

import static koru.elaborator.parse.Parsing.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.Annotation;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Phantom;
import koru.elaborator.ast.TypeRef;
import org.junit.jupiter.api.Test;

/** Events, types, procs, imports, annotations and host text (LANGUAGE.md A1–A3, A7, A8, B1, B2). */
class ParseDeclarationsTest {

    @Test
    void anEventHasInputsAndIdentityStructEmptyAndOptionalBranches() {
        Item.Event event = Parsing.clean("""
                ~pub event parse { text: []const u8, strict: bool }
                | ok *Ast[parsed]
                | err { line: u32, msg: []const u8 }
                | empty
                | ?debug []const u8
                """).only(Item.Event.class);
        assertTrue(event.isPublic());
        at(event.name().span(), 1, 12, "parse");
        assertEquals(List.of("text", "strict"), event.inputs().stream().map(f -> f.name()).toList());
        at(event.inputs().get(1).nameSpan(), 1, 38, "strict");
        List<BranchDecl> branches = event.branches();
        assertEquals(List.of("ok", "err", "empty", "debug"), branches.stream().map(BranchDecl::name).toList());
        at(branches.get(0).nameSpan(), 2, 3, "ok");
        TypeRef.Stated ast = assertInstanceOf(TypeRef.Stated.class, assertInstanceOf(Payload.Identity.class, branches.get(0).payload()).type());
        assertInstanceOf(TypeRef.Pointer.class, ast.base());
        assertEquals("parsed", assertInstanceOf(Phantom.State.class, ast.state()).name());
        Payload.Struct err = assertInstanceOf(Payload.Struct.class, branches.get(1).payload());
        assertEquals(List.of("line", "msg"), err.fields().stream().map(f -> f.name()).toList());
        at(err.span(), 3, 7, "{ line: u32, msg: []const u8 }");
        assertInstanceOf(Payload.None.class, branches.get(2).payload());
        assertTrue(branches.get(3).optional());
        at(branches.get(3).nameSpan(), 5, 4, "debug");
        TypeRef.Slice text = assertInstanceOf(TypeRef.Slice.class, assertInstanceOf(Payload.Identity.class, branches.get(3).payload()).type());
        assertTrue(text.constant());
        at(event.span(), 1, 1, event.span().text());
        assertEquals(5, event.span().file().lineOf(event.span().end()));
    }

    @Test
    void anEventWithNoBranchesIsVoidAndEmptyInputsAreAllowed() {
        Item.Event event = Parsing.clean("~event tick {}\n").only(Item.Event.class);
        assertTrue(event.isVoid());
        assertFalse(event.isPublic());
        assertEquals(List.of(), event.inputs());
    }

    @Test
    void whereClausesAttachToInputsAndToEachBranchEvenOnTheirOwnLine() {
        Item.Event event = Parsing.clean("""
                ~pub event withdraw { balance: u64, amount: u64 }
                where amount > 0
                | ok u64 where ok == in.balance - in.amount
                | insufficient { balance: u64, short: u64 }
                    where short == in.amount - in.balance
                """).only(Item.Event.class);
        Expr.Binary pre = assertInstanceOf(Expr.Binary.class, event.where().orElseThrow());
        assertEquals(Expr.BinaryOp.GT, pre.op());
        at(pre.span(), 2, 7, "amount > 0");
        Expr.Binary post = assertInstanceOf(Expr.Binary.class, event.branches().get(0).where().orElseThrow());
        assertEquals(Expr.BinaryOp.EQ, post.op());
        Expr.Member inBalance = assertInstanceOf(Expr.Member.class,
                assertInstanceOf(Expr.Binary.class, post.right()).left());
        assertEquals("balance", inBalance.name());
        assertEquals("in", assertInstanceOf(Expr.Ref.class, inBalance.target()).name());
        at(event.branches().get(1).where().orElseThrow().span(), 5, 11, "short == in.amount - in.balance");
    }

    @Test
    void aBlankLineEndsAnEventSoTheNextPipeLineIsStray() {
        Parsing parsing = Parsing.of("""
                ~event ping {}

                | pong
                """);
        assertEquals(List.of("KORU010 at 3"), parsing.errors());
        assertTrue(parsing.only(Item.Event.class).isVoid());
    }

    @Test
    void anEventInputShapeMaySpanLinesWhileItsBraceIsOpen() {
        Item.Event event = Parsing.clean("""
                ~event open {
                    path: []const u8,
                    mode: u8,
                }
                | opened *File[opened!]
                """).only(Item.Event.class);
        assertEquals(2, event.inputs().size());
        at(event.inputs().get(1).nameSpan(), 3, 5, "mode");
        Phantom.State opened = assertInstanceOf(Phantom.State.class,
                assertInstanceOf(TypeRef.Stated.class, ((Payload.Identity) event.branches().get(0).payload()).type()).state());
        assertTrue(opened.issues());
        assertFalse(opened.discharges());
    }

    @Test
    void phantomStatesMayBeQualifiedUnitedVariableOrMarked() {
        Item.Event event = Parsing.clean("""
                ~event shuffle { a: *File[!opened], b: *File[open|closing], c: *File[M'_], d: *File[M'owned|borrowed], e: *File[fs:open] }
                """).only(Item.Event.class);
        List<Phantom> states = event.inputs().stream()
                .map(f -> assertInstanceOf(TypeRef.Stated.class, f.type()).state()).toList();
        Phantom.State discharged = assertInstanceOf(Phantom.State.class, states.get(0));
        assertTrue(discharged.discharges());
        assertFalse(discharged.issues());
        at(discharged.span(), 1, 27, "!opened");
        Phantom.Union union = assertInstanceOf(Phantom.Union.class, states.get(1));
        assertEquals(List.of("open", "closing"), union.members().stream().map(Phantom.State::name).toList());
        Phantom.Variable any = assertInstanceOf(Phantom.Variable.class, states.get(2));
        assertEquals("M", any.name());
        assertTrue(any.acceptsAny());
        Phantom.Variable listed = assertInstanceOf(Phantom.Variable.class, states.get(3));
        assertEquals(List.of("owned", "borrowed"), listed.allowed());
        Phantom.State qualified = assertInstanceOf(Phantom.State.class, states.get(4));
        assertEquals(Optional.of("fs"), qualified.module());
        assertEquals("open", qualified.name());
    }

    @Test
    void typesAreGenericSlicesPointersOrQualified() {
        Item.Event event = Parsing.clean("~event t { m: Map<u64, []const u8>, s: Set<Right>, l: []u32, q: std.io:Handle }\n")
                .only(Item.Event.class);
        TypeRef.Named map = assertInstanceOf(TypeRef.Named.class, event.inputs().get(0).type());
        assertEquals("Map", map.name().path());
        assertEquals(2, map.arguments().size());
        at(map.span(), 1, 15, "Map<u64, []const u8>");
        TypeRef.Slice list = assertInstanceOf(TypeRef.Slice.class, event.inputs().get(2).type());
        assertFalse(list.constant());
        TypeRef.Named handle = assertInstanceOf(TypeRef.Named.class, event.inputs().get(3).type());
        assertEquals(Optional.of("std.io"), handle.name().module());
        assertEquals("Handle", handle.name().path());
    }

    @Test
    void aRecordTypeHasFieldsAndAnInvariant() {
        Item.Type type = Parsing.clean("""
                ~type Ledger { balances: Map<u64, u64>, supply: u64 }
                where sum(balances) == supply
                """).only(Item.Type.class);
        at(type.nameSpan(), 1, 7, "Ledger");
        Item.TypeBody.Record record = assertInstanceOf(Item.TypeBody.Record.class, type.body());
        assertEquals(2, record.fields().size());
        Expr.Binary invariant = assertInstanceOf(Expr.Binary.class, record.where().orElseThrow());
        Expr.Call sum = assertInstanceOf(Expr.Call.class, invariant.left());
        assertEquals("sum", sum.function());
        at(sum.nameSpan(), 2, 7, "sum");
    }

    @Test
    void anEnumTypeListsItsValues() {
        Item.Type type = Parsing.clean("~type Right = read | write | append\n").only(Item.Type.class);
        Item.TypeBody.Enum values = assertInstanceOf(Item.TypeBody.Enum.class, type.body());
        assertEquals(List.of("read", "write", "append"), values.values().stream().map(Item.EnumValue::name).toList());
        at(values.values().get(2).span(), 1, 30, "append");
    }

    @Test
    void aCapabilityIsAnAnnotatedRecordType() {
        Item.Type type = Parsing.clean("~[capability] type FileCap { path: []const u8, rights: Set<Right> }\n")
                .only(Item.Type.class);
        assertEquals(List.of("capability"), type.annotations().stream().map(Annotation::name).toList());
        at(type.annotations().get(0).span(), 1, 3, "capability");
    }

    @Test
    void eventAnnotationsIncludingTheDisposerMark() {
        Item.Event event = Parsing.clean("~[pure|keyword|!] pub event close { f: *File[!opened] }\n").only(Item.Event.class);
        assertEquals(List.of("pure", "keyword", "!"), event.annotations().stream().map(Annotation::name).toList());
        at(event.annotations().get(2).span(), 1, 16, "!");
    }

    @Test
    void anAnnotationAloneOnALineAnnotatesTheModule() {
        Item.ModuleAnnotation module = Parsing.clean("~[profile]\n").only(Item.ModuleAnnotation.class);
        assertEquals("profile", module.annotations().get(0).name());
    }

    @Test
    void importsAndConditionalImports() {
        Parsing parsing = Parsing.clean("""
                ~import "$std/io"
                ~[profile]import "$std/profiler"
                """);
        Item.Import io = parsing.item(0, Item.Import.class);
        assertEquals("$std/io", io.path());
        at(io.pathSpan(), 1, 9, "\"$std/io\"");
        Item.Import profiler = parsing.item(1, Item.Import.class);
        assertEquals("$std/profiler", profiler.path());
        assertEquals("profile", profiler.annotations().get(0).name());
    }

    @Test
    void aProcNamesItsEventHostAndVariantAndKeepsItsBodyOpaque() {
        Parsing parsing = Parsing.clean("""
                ~proc compute|java { return done(x * 2); }
                ~proc compute|java(fast) {
                    String s = "}"; char c = '}'; // }
                    /* } */ String t = \"""
                        }
                        \""";
                    if (x > 0) { return done(x << 1); }
                    return done(0);
                }
                ~proc std.io:print { }
                """);
        Item.Proc bare = parsing.item(0, Item.Proc.class);
        assertEquals("compute", bare.event().path());
        assertEquals(Optional.of("java"), bare.host());
        assertEquals(Optional.empty(), bare.variant());
        assertEquals(" return done(x * 2); ", bare.body());
        Item.Proc fast = parsing.item(1, Item.Proc.class);
        assertEquals(Optional.of("fast"), fast.variant());
        assertTrue(fast.body().contains("return done(x << 1);"));
        assertEquals(9, fast.span().file().lineOf(fast.span().end() - 1));
        Item.Proc qualified = parsing.item(2, Item.Proc.class);
        assertEquals(Optional.of("std.io"), qualified.event().module());
        assertEquals(Optional.empty(), qualified.host());
        at(qualified.event().span(), 10, 7, "std.io:print");
    }

    @Test
    void hostLinesAreKeptVerbatimInOrder() {
        Parsing parsing = Parsing.clean("""
                import java.util.List;
                ~event tick {}
                record Point(int x, int y) {}
                """);
        List<Item> items = parsing.unit().items();
        assertEquals("import java.util.List;", assertInstanceOf(Item.HostLine.class, items.get(0)).text());
        assertInstanceOf(Item.Event.class, items.get(1));
        Item.HostLine point = assertInstanceOf(Item.HostLine.class, items.get(2));
        at(point.span(), 3, 1, "record Point(int x, int y) {}");
    }

    @Test
    void keywordsThatAreAlsoNamesCanNameFieldsAndEvents() {
        Item.Event event = Parsing.clean("~event tap.type { type: u8, const: u8 }\n").only(Item.Event.class);
        assertEquals("tap.type", event.name().path());
        assertEquals(List.of("type", "const"), event.inputs().stream().map(f -> f.name()).toList());
    }
}
