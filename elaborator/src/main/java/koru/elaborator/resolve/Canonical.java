package koru.elaborator.resolve;

/** A canonical name {@code module:path} (LANGUAGE.md A1): every event, type and state is known by one. */
public record Canonical(String module, String path) {
    @Override
    public String toString() {
        return module + ":" + path;
    }
}
