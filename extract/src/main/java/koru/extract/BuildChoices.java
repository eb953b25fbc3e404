package koru.extract;

import java.util.Map;

/**
 * What the build options choose (docs/extraction.md): the implementation of each event named by
 * {@code --variant event=name} (canonical event name to variant: a proc variant, or
 * {@link #SUBFLOW}), and whether host procs' contracts are asserted at run time ({@code --checked}).
 */
public record BuildChoices(Map<String, String> variants, boolean checked) {
    /** The variant name of an event's subflow, for {@code --variant event=subflow}. */
    public static final String SUBFLOW = "subflow";

    public static final BuildChoices DEFAULTS = new BuildChoices(Map.of(), false);

    public BuildChoices {
        variants = Map.copyOf(variants);
    }
}
