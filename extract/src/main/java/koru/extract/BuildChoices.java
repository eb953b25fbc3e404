package koru.extract;

import java.util.Map;

/**
 * What the build options choose (docs/extraction.md): the implementation of each event named by
 * {@code --variant event=name} (canonical event name to variant: a proc variant, or
 * {@link #SUBFLOW}), whether host procs' contracts are asserted at run time ({@code --checked}),
 * and whether every implementation of every event gets a method, called or not
 * ({@code everyVariant}: what cross-checking runs, docs/extraction.md "Running every variant").
 */
public record BuildChoices(Map<String, String> variants, boolean checked, boolean everyVariant) {
    /** The variant name of an event's subflow, for {@code --variant event=subflow}. */
    public static final String SUBFLOW = "subflow";

    public static final BuildChoices DEFAULTS = new BuildChoices(Map.of(), false);

    /** Every implementation compiled and callable, each event's default one selected. */
    public static final BuildChoices EVERY_VARIANT = new BuildChoices(Map.of(), false, true);

    public BuildChoices {
        variants = Map.copyOf(variants);
    }

    /** What {@code koru build} chooses: only the implementations some call runs get a method. */
    public BuildChoices(Map<String, String> variants, boolean checked) {
        this(variants, checked, false);
    }
}
