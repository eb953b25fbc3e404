package koru.elaborator.resolve;

/**
 * Who may call or implement an event (LANGUAGE.md A8): its own module always, any other module
 * only when the event is {@code pub}. Breaking this is KORU044.
 */
public final class Visibility {
    private Visibility() {
    }

    public static boolean canCall(Module from, EventSymbol event) {
        return event.module().name().equals(from.name()) || event.isPublic();
    }
}
