package koru.elaborator.check;

import java.util.Optional;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Step;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;

/**
 * One flow body the checks walk: a top-level flow, a subflow (whose implemented event gives the
 * inputs in scope and the branches its constructors build), a test's flow or mock, or a tap's
 * handler step. {@code origin} is the item it was written in.
 */
public record Body(Module module, Kind kind, Optional<EventSymbol> implemented, Step root, Item origin) {

    public enum Kind {
        /** {@code ~event(args) …} at the top of a module. */
        FLOW,
        /** {@code ~event = …}: the event's pure implementation. */
        SUBFLOW,
        /** The flow inside a {@code ~test} block. */
        TEST_FLOW,
        /** {@code ~event = …} inside a {@code ~test} block. */
        MOCK
    }
}
