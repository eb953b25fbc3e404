package koru.elaborator.diag;

/** How bad a diagnostic is. Only errors make a command fail. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word the renderer prints, as rustc does: {@code error[KORU022]}. */
    public String label() {
        return label;
    }
}
